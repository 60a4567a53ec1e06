package dev.onramp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.diagram.LoopDiagrams;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may read the reports, for which team; ranges that cannot be read; the charts' assets served locally. */
@OnrampAppTest
class ReportsPageTest {

    /** Bad values for every parameter (a sample of BadInputFuzzTest's). */
    static final List<String> BAD = List.of("", " ", "x".repeat(10_000), "abc", "-1", "0", "2147483648",
            "99999999999999999999999999", "+999999999-12-31", "0001-01-01", "-999999999-01-01", "2026-02-30",
            "9999-12-31", "1999-12-31", "a\u0000b\u0001", "\u202Egnp.exe", "' OR '1'='1' --", "<script>alert(1)</script>",
            "${7*7}", "%", "_", "\uD800x", "NaN");

    @Autowired
    WebTest web;
    @Autowired
    TeamRepository teams;
    @Autowired
    ObjectMapper json;

    @Test
    void shouldShowEveryReportWithAChartAndATableToARecruiter() throws Exception {
        Page page = web.signedIn("rita").get("/reports");

        assertThat(page.status()).isEqualTo(200);
        for (String report : ReportQueries.ALL) {
            assertThat(page.has("#report-" + report + " h2")).as(report).isTrue();
            assertThat(page.one("#report-" + report + " a.csv-link").attr("href")).startsWith("/reports/" + report + ".csv?from=");
        }
        assertThat(page.select("#team option")).hasSize(teams.findAll().size() + 1);
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(page.has("script[src=/webjars/chart.js/4.4.9/dist/chart.umd.js]")).isTrue();
        for (var canvas : page.select("canvas[data-chart]")) {
            JsonNode chart = json.readTree(canvas.attr("data-chart"));
            assertThat(chart.path("data").path("datasets").isArray()).isTrue();
            assertThat(canvas.attr("aria-label")).startsWith("Chart: ");
        }
    }

    @Test
    void shouldServeTheChartAndDiagramLibrariesFromTheAppItself() {
        Visitor rita = web.signedIn("rita");
        assertThat(rita.get("/webjars/chart.js/4.4.9/dist/chart.umd.js").status()).isEqualTo(200);
        assertThat(rita.get("/vendor/bpmn-js/" + LoopDiagrams.BPMN_JS_VERSION + "/bpmn-viewer.production.min.js").status())
                .isEqualTo(200);
        assertThat(rita.get("/js/reports.js").status()).isEqualTo(200);
        assertThat(rita.get("/js/loop-diagram.js").status()).isEqualTo(200);
    }

    @Test
    void shouldNarrowAHiringManagersReportsToTheirOwnTeam() {
        long beats = teams.findBySlug("beats").orElseThrow().id();
        long elasticsearch = teams.findBySlug("elasticsearch").orElseThrow().id();
        Visitor hank = web.signedIn("hank");

        Page page = hank.get("/reports");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.has("#team")).isFalse();
        assertThat(page.text("#report-team")).isEqualTo("Your team only: Beats");
        assertThat(page.one("#report-time-to-hire a.csv-link").attr("href")).endsWith("&team=" + beats);
        assertThat(hank.get("/reports?team=" + beats).status()).isEqualTo(200);
        assertThat(hank.get("/reports?team=" + elasticsearch).status()).isEqualTo(403);
        assertThat(hank.get("/reports/funnel.csv?team=" + elasticsearch).status()).isEqualTo(403);
    }

    @Test
    void shouldKeepReportsFromInterviewersMentorsAndCoordinators() {
        for (String who : List.of("ivan", "mia", "cora")) {
            assertThat(web.signedIn(who).get("/reports").status()).as(who).isEqualTo(403);
            assertThat(web.signedIn(who).get("/reports/funnel.csv").status()).as(who).isEqualTo(403);
        }
        assertThat(web.signedOut().get("/reports").status()).isEqualTo(302);
    }

    @Test
    void shouldShowARangeThatCannotBeReadNextToItsFieldWithTheInputKept() {
        Visitor rita = web.signedIn("rita");

        Page notADate = rita.get("/reports?from=abc&to=2026-03-01");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text("#from-error")).isEqualTo("Enter a date such as 2026-03-31.");
        assertThat(notADate.value("#from")).isEqualTo("abc");
        assertThat(notADate.value("#to")).isEqualTo("2026-03-01");
        assertThat(notADate.one("#form-errors a").attr("href")).isEqualTo("#from");
        assertThat(notADate.has("[id^=table-]")).isFalse();

        assertThat(rita.get("/reports?from=2026-03-02&to=2026-03-01").text("#to-error"))
                .isEqualTo("The end of the range comes before its start.");
        Page tooLong = rita.get("/reports?from=2024-01-01&to=2025-12-31");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("#to-error")).isEqualTo("A range may cover at most 366 days.");
        assertThat(rita.get("/reports?from=1999-12-31&to=2000-01-31").text("#from-error")).isEqualTo("Enter a date from 2000-01-01 on.");
        assertThat(rita.get("/reports?team=987654321").text("#team-error")).isEqualTo("Choose a team from the list.");

        Page csv = rita.get("/reports/funnel.csv?from=2026-03-02&to=2026-03-01");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).startsWith("text/plain");
        assertThat(rita.get("/reports/no-such-report.csv").status()).isEqualTo(404);
    }

    @Test
    void shouldAnswerEveryBadParameterWithoutAServerError() {
        Visitor rita = web.signedIn("rita");
        Visitor hank = web.signedIn("hank");
        List<String> failures = new ArrayList<>();
        for (String bad : BAD) {
            String value = URLEncoder.encode(bad, StandardCharsets.UTF_8);
            for (String query : List.of("from=" + value, "to=" + value, "team=" + value,
                    "from=" + value + "&to=" + value + "&team=" + value)) {
                for (String path : List.of("/reports?", "/reports/mentor-load.csv?", "/reports/funnel.csv?")) {
                    for (Visitor who : List.of(rita, hank)) {
                        int status = who.get(path + query).status();
                        if (status >= 500) {
                            failures.add(status + " " + path + query.substring(0, Math.min(60, query.length())));
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
