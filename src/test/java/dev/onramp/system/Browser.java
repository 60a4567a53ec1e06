package dev.onramp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver, with explicit paths so Selenium Manager
 * never goes to the network. A missing browser fails the test with a clear message ({@code .ci/run}
 * installs both packages); it never skips.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("onramp.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("onramp.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "journey");

    private Browser() {
    }

    public static WebDriver open() {
        WebDriver driver = open(false);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * A browser for journeys: no implicit wait (tests wait explicitly for what they expect), and with
     * {@code consoleLog} the browser's console is kept for {@code driver.manage().logs().get(LogType.BROWSER)}.
     */
    public static WebDriver open(boolean consoleLog) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,800", "--lang=en"));
        if (consoleLog) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves a PNG of the page under target/journey/, named after the step (which may name a subfolder). */
    public static Path screenshot(WebDriver driver, String step) {
        try {
            Path file = SCREENSHOTS.resolve(step + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
