package dev.onramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.interview.CandidateJourney;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /actuator/prometheus}: admins and the configured scrape account read Onramp's {@code onramp_…} meters;
 * everyone else is refused. The gauges show the counts of the last refresh.
 */
@OnrampAppTest
class MetricsEndpointTest {

    private static final String PROMETHEUS = "/actuator/prometheus";

    @Autowired
    WebTest web;
    @Autowired
    OnrampMetrics metrics;
    @Autowired
    CandidateJourney journey;

    @Test
    void shouldShowAnAdminOnrampsOwnMeters() {
        Page page = web.signedIn("admin").send(scrape());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("onramp_feedback_overdue ", "onramp_outbox_backlog ", "onramp_outbox_failed ",
                "onramp_jobs_failed ", "onramp_incidents ", "onramp_sign_in_failures_total ");
    }

    @Test
    void shouldLetTheScrapeAccountInWithHttpBasic() {
        Page page = web.signedOut().from("10.14.0.1").withHeader("Authorization", basic("scraper", "scrape-secret"))
                .send(scrape());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("onramp_outbox_backlog ");
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void shouldRefuseAWrongScrapePasswordAndCountTheFailure() {
        metrics.refresh();
        double before = failures(web.signedIn("admin").send(scrape()).html());

        Page page = web.signedOut().from("10.14.0.2").withHeader("Authorization", basic("scraper", "wrong"))
                .send(scrape());

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.html()).doesNotContain("onramp_");
        assertThat(failures(web.signedIn("admin").send(scrape()).html())).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseSignedInPeopleWhoAreNotAdmins() {
        assertThat(web.signedIn("rita").send(scrape()).status()).isEqualTo(403);
        assertThat(web.signedOut().from("10.14.0.3").withHeader("Authorization", basic("rita", "demo"))
                .send(scrape()).status()).isEqualTo(403);
    }

    @Test
    void shouldAskAnAnonymousVisitorForCredentials() {
        Page page = web.signedOut().from("10.14.0.4").send(scrape());

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void shouldCountOpenTasksByTypeAsOfTheLastRefresh() {
        journey.atFirstStage("beats", "Metrics Candidate", "Europe/Berlin");
        metrics.refresh();

        String text = web.signedIn("admin").send(scrape()).html();

        assertThat(text).containsPattern("onramp_open_tasks\\{type=\"Task_\\w+\"} [1-9]");
        assertThat(metrics.snapshot().openTasks()).isNotEmpty();
    }

    /** What a Prometheus server asks for. */
    private static MockHttpServletRequestBuilder scrape() {
        return MockMvcRequestBuilders.get(PROMETHEUS).accept(MediaType.TEXT_PLAIN);
    }

    private static double failures(String text) {
        return text.lines().filter(line -> line.startsWith("onramp_sign_in_failures_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElseThrow();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
