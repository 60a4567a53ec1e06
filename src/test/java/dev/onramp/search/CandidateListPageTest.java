package dev.onramp.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditEntry;
import dev.onramp.audit.AuditFilter;
import dev.onramp.audit.AuditLog;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringScenario;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code /candidates} and its CSV export: every application the viewer may see, filtered, sorted and paged. */
@OnrampAppTest
class CandidateListPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    AuditLog audit;

    private HiringScenario scenario;
    private Visitor rita;
    private long requisition;
    private long first;
    private long second;

    @BeforeEach
    void twoCandidatesOnANewRequisition() {
        scenario = new HiringScenario(context);
        rita = scenario.signedIn("rita");
        requisition = scenario.openRequisition("beats");
        first = insert("=HYPERLINK(\"x\") Zoe", Application.Source.REFERRAL);
        second = insert("Ana Ölund", Application.Source.AGENCY);
    }

    private long insert(String name, Application.Source source) {
        return applications.insert(new ApplicationRepository.NewApplication(requisition, name,
                UUID.randomUUID() + "@example.com", "Europe/Oslo", "NO", null, source, scenario.personId("rita"),
                Instant.now()));
    }

    @Test
    void shouldListTheApplicationsOfARequisitionNewestFirstWithWhereTheyStand() {
        Page page = rita.get("/candidates?requisition=" + requisition);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.select("#candidate-table tbody tr").eachAttr("id"))
                .containsExactly("candidate-" + second, "candidate-" + first);
        assertThat(page.text("#candidate-" + second)).contains("Ana Ölund").contains("Agency").contains("Active");
        assertThat(page.text("#candidate-count")).isEqualTo("2 candidates");
        assertThat(page.one("#candidate-" + second + " td:first-child a").attr("href")).isEqualTo("/applications/" + second);
    }

    @Test
    void shouldFilterBySourceAndSortByName() {
        Page bySource = rita.get("/candidates?requisition=" + requisition + "&source=AGENCY");
        assertThat(bySource.select("#candidate-table tbody tr").eachAttr("id")).containsExactly("candidate-" + second);
        assertThat(bySource.text("#candidate-count")).isEqualTo("1 candidate");
        assertThat(bySource.selected("#filter-source")).isEqualTo("Agency");

        Page byName = rita.get("/candidates?requisition=" + requisition + "&sort=NAME_ASC");
        assertThat(byName.select("#candidate-table tbody tr").eachAttr("id"))
                .as("\"=\" sorts before \"A\"").containsExactly("candidate-" + first, "candidate-" + second);
    }

    @Test
    void shouldFilterByStatusAndDates() {
        assertThat(rita.get("/candidates?requisition=" + requisition + "&status=HIRED").has("#no-candidates")).isTrue();
        assertThat(rita.get("/candidates?requisition=" + requisition + "&from=2000-01-01&to=2000-12-31")
                .text("#candidate-count")).isEqualTo("No candidates");
        assertThat(rita.get("/candidates?requisition=" + requisition + "&from=2000-01-01")
                .text("#candidate-count")).isEqualTo("2 candidates");
    }

    @Test
    void shouldShowAHiringManagerTheCandidatesOfTheirOwnRequisitionsOnly() {
        long kibana = scenario.openRequisition("kibana");
        Page hank = scenario.signedIn("hank").get("/candidates?requisition=" + kibana);
        assertThat(hank.status()).isEqualTo(200);
        assertThat(hank.has("#candidate-table")).isFalse();
        assertThat(scenario.signedIn("hank").get("/candidates?requisition=" + requisition)
                .has("#candidate-" + first)).isTrue();
        assertThat(scenario.signedIn("karl").get("/candidates?requisition=" + requisition)
                .has("#candidate-" + first)).as("Kibana's hiring manager").isFalse();
        assertThat(scenario.signedIn("ivan").get("/candidates").status()).isEqualTo(403);
        assertThat(scenario.signedIn("ivan").get("/candidates.csv").status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "team|beats|Choose one of the teams in the list.",
            "team|-4|Choose one from the list.",
            "team|99999999999999999999999|Choose one of the teams in the list.",
            "stage|DROP TABLE application; --|Choose one from the list.",
            "status|DANCING|Choose one of the statuses in the list.",
            "source|<script>|Choose one of the sources in the list.",
            "from|2026-13-45|Enter a date such as 2026-03-02.",
            "from|1899-01-01|Choose a date between 2000 and 2100.",
            "to|99999-01-01|Enter a date such as 2026-03-06.",
            "sort|a.id; DELETE|Choose one of the orders in the list.",
            "page|0|There is no such page: showing the nearest one.",
            "page|abc|There is no such page: showing the first one."})
    void shouldShowAFilterOutOfRangeAsAFieldErrorAndListTheRest(String name, String value, String message) {
        Page page = rita.get("/candidates?requisition=" + requisition + "&" + name + "="
                + org.springframework.web.util.UriUtils.encodeQueryParam(value, "UTF-8"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#candidate-filters")).contains(message);
        assertThat(page.text("#candidate-count")).isEqualTo("2 candidates");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        Page page = rita.get("/candidates?from=2026-03-10&to=2026-03-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#filter-to-error")).isEqualTo("The end comes before the start: choose a later date.");
        assertThat(page.value("#filter-to")).isEqualTo("2026-03-01");
    }

    @Test
    void shouldShowTheLastPageForAPageBeyondIt() {
        Page page = rita.get("/candidates?requisition=" + requisition + "&page=150");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.select("#candidate-table tbody tr")).hasSize(2);
    }

    @Test
    void shouldExportWhatTheFiltersFindAsCsvAndAuditIt() throws Exception {
        Page csv = rita.get("/candidates.csv?requisition=" + requisition + "&sort=NAME_ASC");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("candidates.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.html())).getRecords();
        assertThat(rows).extracting(r -> r.get("application_id"))
                .containsExactly(String.valueOf(first), String.valueOf(second));
        assertThat(rows.get(0).get("candidate_name")).as("no formula for a spreadsheet to run")
                .isEqualTo("'=HYPERLINK(\"x\") Zoe");
        assertThat(rows.get(1).get("candidate_name")).isEqualTo("Ana Ölund");
        assertThat(rows.get(1).get("source")).isEqualTo("AGENCY");
        assertThat(rows.get(1).get("status")).isEqualTo("ACTIVE");
        assertThat(rows.get(1).get("team")).isEqualTo("Beats");
        List<AuditEntry> entries = audit.search(new AuditFilter(AuditActions.CANDIDATES_EXPORTED, "rita", null, null,
                null, null), 0, 1).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).detail()).isEqualTo("rows=2 requisition=" + requisition + " sort=NAME_ASC");
    }

    @Test
    void shouldExportAHeaderAloneWhenNothingMatches() {
        Page csv = rita.get("/candidates.csv?requisition=" + requisition + "&status=HIRED&from=bad");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.html().strip()).isEqualTo(String.join(",", CandidateListController.CSV_HEADER));
    }

    @Test
    void shouldLinkTheExportWithTheSameFilters() {
        Page page = rita.get("/candidates?requisition=" + requisition + "&source=AGENCY");

        assertThat(page.one("#export-candidates").attr("href"))
                .isEqualTo("/candidates.csv?requisition=" + requisition + "&source=AGENCY");
        assertThat(page.text("#export-candidates")).isEqualTo("Export this candidate as CSV");
    }
}
