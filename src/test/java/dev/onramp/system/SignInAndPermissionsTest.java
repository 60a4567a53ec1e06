package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, sign-in failures and the role rules, over a real port like a browser. */
@OnrampAppTest
class SignInAndPermissionsTest {

    @LocalServerPort
    int port;

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
        WebClient web = new WebClient(port);
        for (String page : new String[] {"/", "/tasks", "/notifications", "/admin", "/camunda/app/"}) {
            HttpResponse<String> response = web.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
    }

    @Test
    void shouldAnswerTheEngineApiWithJson401WhenSignedOut() {
        HttpResponse<String> response = new WebClient(port).getJson("/engine-rest/process-definition");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"type\":\"Unauthorized\"");
    }

    @Test
    void shouldSignInRitaAndShowHerHomePage() {
        WebClient web = new WebClient(port);
        HttpResponse<String> home = web.follow(web.signIn("rita", "demo"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, Rita Recruiter").contains("Recruiter").contains("Europe/Madrid");
    }

    @Test
    void shouldRefuseAWrongPasswordWithoutSayingWhichPartWasWrong() {
        WebClient web = new WebClient(port);
        HttpResponse<String> wrongPassword = web.signIn("rita", "not-demo");
        HttpResponse<String> unknownUser = web.signIn("nobody-here", "demo");
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(unknownUser.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String page = web.follow(wrongPassword).body();
        assertThat(page).contains("That username and password do not match");
        assertThat(page).doesNotContain("unknown user").doesNotContain("Bad credentials");
    }

    @Test
    void shouldReturnToTheDeepLinkAfterSignIn() {
        WebClient web = new WebClient(port);
        assertThat(web.get("/notifications").statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignIn = web.signIn("rita", "demo");
        assertThat(afterSignIn.headers().firstValue("Location").orElseThrow()).contains("/notifications");
    }

    @Test
    void shouldRefuseAFormPostedWithoutCsrfToken() {
        WebClient web = new WebClient(port);
        web.follow(web.signIn("rita", "demo"));
        HttpResponse<String> response = web.postWithToken("/notifications/read", Map.of(), null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You may not open this page").doesNotContain("Exception");
    }

    @Test
    void shouldKeepCamundaWebappsAndEngineApiForAdmins() {
        WebClient rita = new WebClient(port);
        rita.follow(rita.signIn("rita", "demo"));
        HttpResponse<String> cockpit = rita.get("/camunda/app/");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body()).contains("You may not open this page");
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
        WebClient web = new WebClient(port);
        web.follow(web.signIn("rita", "demo"));
        HttpResponse<String> response = web.get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at dev.onramp");
    }

    @Test
    void shouldAnswerHealthWithoutSignIn() {
        HttpResponse<String> response = new WebClient(port).getJson("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
