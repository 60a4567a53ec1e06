package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, sign-in failures and the role rules, through MockMvc and the real security filter chain like a browser;
 * Camunda's webapps and engine API over the real port (they are servlets of their own, which MockMvc does not have).
 */
@OnrampAppTest
class SignInAndPermissionsTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTest webTest;

    @Autowired
    IdentityService identity;

    @Test
    void shouldShowOurPeopleAndRolesToCamunda() {
        assertThat(identity.createUserQuery().userId("rita").singleResult().getFirstName()).isEqualTo("Rita");
        assertThat(identity.createGroupQuery().groupMember("hank").list()).extracting("id")
                .containsExactlyInAnyOrder("hiring-manager", "interviewer");
        assertThat(identity.createUserQuery().userId("admin").singleResult()).isNotNull();
        assertThat(identity.createUserQuery().memberOfGroup("recruiter").list()).extracting("id").contains("rita", "rafael");
        assertThat(identity.checkPassword("rita", "demo")).isFalse();
    }

    @Test
    void shouldSendSignedOutPeopleToSignIn() {
        Visitor web = webTest.signedOut();
        for (String page : new String[] {"/", "/tasks", "/notifications", "/admin", "/camunda/app/"}) {
            Page response = web.get(page);
            assertThat(response.status()).as(page).isEqualTo(302);
            assertThat(response.location()).as(page).endsWith("/login");
        }
    }

    @Test
    void shouldAnswerTheEngineApiWithJson401WhenSignedOut() {
        Page response = webTest.signedOut().getJson("/engine-rest/process-definition");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.html()).contains("\"type\":\"Unauthorized\"");
    }

    @Test
    void shouldSignInRitaAndShowHerHomePage() {
        Visitor web = webTest.signedOut();
        Page home = web.follow(web.signIn("rita", "demo"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text("h1")).isEqualTo("Welcome, Rita Recruiter");
        assertThat(home.texts(".tags li")).contains("Recruiter");
        assertThat(home.text()).contains("Europe/Madrid");
    }

    @Test
    void shouldRefuseAWrongPasswordWithoutSayingWhichPartWasWrong() {
        Visitor web = webTest.signedOut();
        Page wrongPassword = web.signIn("rita", "not-demo");
        Page unknownUser = web.signIn("nobody-here", "demo");
        assertThat(wrongPassword.location()).endsWith("/login?error");
        assertThat(unknownUser.location()).endsWith("/login?error");
        Page page = web.follow(wrongPassword);
        assertThat(page.text("#login-error")).contains("That username and password do not match");
        assertThat(page.text()).doesNotContain("unknown user").doesNotContain("Bad credentials");
    }

    @Test
    void shouldReturnToTheDeepLinkAfterSignIn() {
        Visitor web = webTest.signedOut();
        assertThat(web.get("/notifications").status()).isEqualTo(302);
        Page afterSignIn = web.signIn("rita", "demo");
        assertThat(afterSignIn.location()).contains("/notifications");
    }

    @Test
    void shouldRefuseAFormPostedWithoutCsrfToken() {
        Visitor web = webTest.signedIn("rita");
        web.get("/");
        Page response = web.postWithoutCsrf("/notifications/read", Map.of());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("h1")).isEqualTo("You may not open this page");
        assertThat(response.html()).doesNotContain("Exception");
    }

    @Test
    void shouldKeepCamundaWebappsAndEngineApiForAdmins() {
        WebClient rita = new WebClient(port);
        rita.follow(rita.signIn("rita", "demo"));
        HttpResponse<String> cockpit = rita.get("/camunda/app/");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(cockpit.body()).select("h1").text()).isEqualTo("You may not open this page");
        HttpResponse<String> api = rita.getJson("/engine-rest/process-definition");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThat(api.body()).contains("\"type\":\"Forbidden\"");

        WebClient admin = new WebClient(port);
        admin.follow(admin.signIn("admin", "demo"));
        assertThat(admin.follow(admin.get("/camunda/app/")).statusCode()).isEqualTo(200);
        HttpResponse<String> definitions = admin.getJson("/engine-rest/process-definition");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).startsWith("[");
    }

    @Test
    void shouldShowAFriendly404WithoutStackTrace() {
        Visitor web = webTest.signedIn("rita");
        Page response = web.get("/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("h1")).isEqualTo("Not found");
        assertThat(response.html()).doesNotContain("Exception").doesNotContain("at dev.onramp");
    }

    @Test
    void shouldAnswerHealthWithoutSignIn() {
        Page response = webTest.signedOut().getJson("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html()).contains("UP");
    }
}
