package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in, in a real browser. */
@OnrampAppTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void shouldSignInRitaAndShowHerHomePage() {
        signIn("rita", "demo");
        Browser.screenshot(browser, "sign-in-rita-home");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Rita Recruiter");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("My tasks", "Pipeline")
                .doesNotContain("Admin");
    }

    @Test
    void shouldShowAClearMessageOnAWrongPassword() {
        signIn("rita", "wrong");
        Browser.screenshot(browser, "sign-in-wrong-password");
        assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.findElement(By.id("login-error")).getText())
                .isEqualTo("That username and password do not match. Please try again.");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEmpty();
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }
}
