package dev.onramp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.HiringScenario;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The application page says where the application is from its process (not a stale copy), shows the screening note,
 * and the offer once saved, its amount only to the recruiters and the requisition's hiring manager.
 */
@OnrampAppTest
class ApplicationPageOfferAndStatusTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferRepository offers;

    private HiringScenario scenario;
    private long applicationId;
    private Visitor rita;

    @BeforeEach
    void aCandidateOfBeats() {
        scenario = new HiringScenario(context);
        applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        rita = scenario.signedIn("rita");
    }

    private String page() {
        return "/applications/" + applicationId;
    }

    @Test
    void shouldSayScreeningWhileTheScreeningIsOpen() {
        Page page = rita.get(page());

        assertThat(page.text("#application-stage")).isEqualTo("Screening");
        assertThat(page.text("#application-waiting-for")).isEqualTo("\u00B7 waiting for: Screen candidate");
        assertThat(page.has("#screening-note")).isFalse();
        assertThat(page.has("#application-offers")).isFalse();
    }

    @Test
    void shouldSayTheLoopsStageOnceTheCandidateAdvancedAndShowTheScreeningNote() {
        String form = "/tasks/" + scenario.openTask(applicationId, HiringProcess.TASK_SCREEN).getId() + "/screen";
        assertThat(rita.postForm(form, form, Map.of("outcome", "ADVANCE", "reason", "Strong Go; wants async work"))
                .status()).isEqualTo(302);
        scenario.runAsyncJobs(applicationId);

        Page page = rita.get(page());

        assertThat(page.text("#application-stage")).isEqualTo("A small Beat in Go");
        assertThat(page.text("#application-waiting-for")).doesNotContain("Screen candidate");
        assertThat(page.text("#screening-note")).isEqualTo("Strong Go; wants async work");
        assertThat(scenario.signedIn("hank").get(page()).text("#screening-note")).isEqualTo("Strong Go; wants async work");
    }

    @Test
    void shouldShowTheOfferOnceSavedWithItsAmountOnlyForThoseWhoWorkWithIt() {
        offers.insert(applicationId, "offer-test-" + applicationId, new OfferDetails(LocalDate.now().plusMonths(2),
                "DE", "Europe/Berlin", new BigDecimal("85000"), "EUR", null), scenario.personId("rita"), Instant.now());

        Page asRita = rita.get(page());
        assertThat(asRita.text("#application-offers .offer-status")).isEqualTo("Saved, band check next");
        assertThat(asRita.text("#application-offers .offer-amount")).isEqualTo("85,000.00 EUR");
        assertThat(asRita.text("#application-offers")).contains("Europe/Berlin");

        Page asHank = scenario.signedIn("hank").get(page());
        assertThat(asHank.text("#application-offers .offer-amount")).isEqualTo("85,000.00 EUR");

        Page asAdmin = scenario.signedIn("admin").get(page());
        assertThat(asAdmin.has("#application-offers .offer-amount")).isFalse();
        assertThat(asAdmin.text("#application-offers .offer-amount-hidden"))
                .isEqualTo("Shown to the recruiters and the requisition\u2019s hiring manager");
        assertThat(asAdmin.html()).doesNotContain("85,000");
    }
}
