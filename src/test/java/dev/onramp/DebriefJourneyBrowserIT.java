package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Journey 2 of the browser suite: a Kibana candidate in São Paulo gets a -1 on the design review. The team's rule
 * asks the hiring manager for a debrief; karl sees the votes and the veto's reason, asks for one more interview
 * (after first forgetting to choose), rita schedules it, the interviewer votes, and the rule asks karl again, who
 * now hires: the offer lands on rita's task list. Screenshots go to {@code target/journey/debrief/}.
 */
class DebriefJourneyBrowserIT extends BrowserJourney {

    private static final String ZONE = "America/Sao_Paulo";
    private static final String VETO = "Could not explain the trade-offs of their own <em>design</em>.";

    DebriefJourneyBrowserIT() {
        super("debrief", "Zoë D'Almeida & <i>Filhos</i>");
    }

    @Test
    void shouldDebriefAVetoAddOneMoreInterviewAndDecideAgain() {
        String email = "dalmeida-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        // 1. rita opens a Kibana requisition, adds the candidate and screens them in
        String requisition = openRequisition("Kibana", "karl");
        long applicationId = addCandidate(email, ZONE, "BR");
        screenIn(requisition, ZONE);

        // 2. pair programming, then the design review where one of the two vetoes, then team fit
        for (String interviewer : scheduleAndHold(requisition, applicationId, "pair-programming", ZONE, 1)) {
            giveFeedback(interviewer, requisition, Feedback.plusOne());
        }
        List<String> designReview = scheduleAndHold(requisition, applicationId, "design-review", ZONE, 1);
        assertThat(designReview).hasSize(2);
        giveFeedback(designReview.get(0), requisition, Feedback.veto(VETO));
        giveFeedback(designReview.get(1), requisition, Feedback.plusOne());
        List<String> teamFit = scheduleAndHold(requisition, applicationId, "team-fit", ZONE, 1);
        for (String interviewer : teamFit) {
            giveFeedback(interviewer, requisition, Feedback.plusOne());
        }
        int plusOnes = 1 + 1 + teamFit.size();

        // 3. any -1 asks for a debrief: karl sees whom it is about, the votes and the veto's reason, as text
        WebDriver karl = as("karl");
        openTask(karl, requisition, "Run the debrief");
        assertDebrief(karl, plusOnes, 1);
        seen(karl, "karl-debrief");

        //    he records without choosing: the message sits at the choice, his rationale is kept
        String rationale = "One -1 against four +1: a second design conversation with someone new settles it.";
        type(karl, By.id("rationale"), rationale);
        submit(karl, By.cssSelector("#debrief-form button.primary"));
        assertThat(karl.findElement(By.id("outcome-error")).getText()).isEqualTo("Choose hire, no hire or one more interview.");
        assertThat(karl.findElement(By.id("rationale")).getAttribute("value")).isEqualTo(rationale);
        seen(karl, "karl-debrief-no-choice");
        choose(karl, "outcome", "ONE_MORE_INTERVIEW");
        submit(karl, By.cssSelector("#debrief-form button.primary"));
        assertFlash(karl);
        seen(karl, "karl-one-more-interview");

        // 4. rita schedules the extra interview from her task list; it is held and its panel votes +1
        List<String> extra = scheduleAndHold(requisition, applicationId, "extra-interview", ZONE, 1);
        assertThat(extra).doesNotContain(designReview.get(0));
        for (String interviewer : extra) {
            giveFeedback(interviewer, requisition, Feedback.plusOne());
        }

        // 5. the rule decides again on all the votes: the -1 still asks for a debrief; karl now hires
        karl = as("karl");
        openTask(karl, requisition, "Run the debrief");
        assertDebrief(karl, plusOnes + extra.size(), 1);
        seen(karl, "karl-second-debrief");
        choose(karl, "outcome", "HIRE");
        type(karl, By.id("rationale"), "The extra interview answered the design doubt.");
        submit(karl, By.cssSelector("#debrief-form button.primary"));
        assertFlash(karl);
        seen(karl, "karl-hired");

        // 6. rita finds the offer to prepare, and the application lists every decision with its reason
        WebDriver rita = as("rita");
        openTask(rita, requisition, "Prepare the offer");
        seen(rita, "rita-offer-form");
        clickAndWait(rita, By.id("application-link"));
        List<String> decisions = rita.findElements(By.cssSelector("#decisions li")).stream()
                .map(WebElement::getText).toList();
        assertThat(decisions).hasSize(4);
        String karlsName = person("karl").displayName();
        assertThat(decisions.get(0)).contains("The team’s voting rule", "Debrief");
        assertThat(decisions.get(1)).contains(karlsName, "One more interview", rationale);
        assertThat(decisions.get(2)).contains("The team’s voting rule", "Debrief");
        assertThat(decisions.get(3)).contains(karlsName, "Hire", "The extra interview answered the design doubt.");
        seen(rita, "rita-decisions");
    }

    /** The debrief names the candidate, counts the votes and lists the veto's reason as text. */
    private void assertDebrief(WebDriver karl, int plusOnes, int minusOnes) {
        assertThat(text(karl, By.id("application-link"))).isEqualTo("Candidate: " + candidate + " (" + ZONE + ")");
        assertThat(text(karl, By.id("debrief-plus-ones"))).isEqualTo(String.valueOf(plusOnes));
        assertThat(text(karl, By.id("debrief-minus-ones"))).isEqualTo(String.valueOf(minusOnes));
        assertThat(karl.findElements(By.cssSelector("#debrief-veto-reasons li")).stream().map(WebElement::getText))
                .containsExactly(VETO);
    }
}
