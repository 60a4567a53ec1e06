package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Journey 3 of the browser suite: a Cloud candidate in Lagos withdraws in the middle of the loop. The system design
 * interview is held; one interviewer has submitted, the other has the form filled in but not sent when rita records
 * the withdrawal from the application page (found through the pipeline board, after first forgetting the reason).
 * The second interviewer's submit then gets a clear page instead of an error, the interview leaves everyone's
 * lists, and the board shows the candidate among the ended applications. Screenshots go to {@code target/journey/withdrawal/}.
 */
class WithdrawalJourneyBrowserIT extends BrowserJourney {

    private static final String ZONE = "Africa/Lagos";
    private static final String REASON = "Accepted an offer closer to home <3 \u2014 \"thank you\".";

    WithdrawalJourneyBrowserIT() {
        super("withdrawal", "Chukwuemeka Ọnwụ O'Neil");
    }

    @Test
    void shouldWithdrawACandidateInTheMiddleOfTheLoop() {
        String email = "onwu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        // 1. rita opens a Cloud requisition, adds the candidate and screens them in
        String requisition = openRequisition("Cloud", "carlos");
        long applicationId = addCandidate(email, ZONE, "NG");
        screenIn(requisition, ZONE);

        // 2. the system design interview is held; the first interviewer submits, the second fills the form in
        List<String> panel = scheduleAndHold(requisition, applicationId, "system-design", ZONE, 1);
        assertThat(panel).hasSize(2);
        long interviewId = interviews.findByApplication(applicationId).get(0).id();
        giveFeedback(panel.get(0), requisition, Feedback.plusOne());
        WebDriver late = as(panel.get(1));
        openTask(late, requisition, "Feedback: ");
        fillFeedback(late, Feedback.plusOne());
        seen(late, panel.get(1) + "-feedback-filled");

        // 3. rita finds the candidate through the pipeline board and records the withdrawal; without a reason
        //    first: the message sits at the reason field
        WebDriver rita = as("rita");
        clickNav(rita, "Pipeline");
        clickAndWait(rita, By.linkText(requisition));
        clickAndWait(rita, By.id("board-link"));
        seen(rita, "rita-board");
        clickAndWait(rita, By.id("card-" + applicationId));
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(candidate);
        seen(rita, "rita-application");
        rita.findElement(By.cssSelector("#withdraw summary")).click();
        submit(rita, By.cssSelector("#withdraw-form button"));
        assertThat(text(rita, By.id("withdraw-reason-error"))).isNotBlank();
        seen(rita, "rita-withdraw-no-reason");
        type(rita, By.id("withdraw-reason"), REASON);
        submit(rita, By.cssSelector("#withdraw-form button"));
        assertFlash(rita);
        assertThat(text(rita, By.id("application-status"))).isEqualTo("Withdrawn");
        assertThat(text(rita, By.id("outcome-reason"))).isEqualTo(REASON);
        assertThat(rita.findElements(By.id("withdraw-form"))).as("nothing left to withdraw").isEmpty();
        seen(rita, "rita-withdrawn");

        // 4. the second interviewer sends the form: the task is gone, and the page says why instead of failing
        submitExpectingConflict(late, By.id("submit"));
        assertThat(text(late, By.tagName("h1"))).isEqualTo("This task is not available");
        assertThat(text(late, By.id("task-unavailable"))).contains("cancelled");
        seen(late, panel.get(1) + "-feedback-cancelled");

        // 5. the board shows the candidate as withdrawn; nobody has work left for them: no tasks, and the interview
        //    is marked cancelled
        clickAndWait(rita, By.id("requisition-link"));
        clickAndWait(rita, By.id("board-link"));
        assertThat(text(rita, By.cssSelector("#column-ended #card-" + applicationId + " .outcome"))).isEqualTo("Withdrawn");
        seen(rita, "rita-board-after");
        awaitPage(rita, "My tasks", () -> assertThat(taskRows(rita, requisition)).isEmpty());
        for (String interviewer : panel) {
            WebDriver web = as(interviewer);
            awaitPage(web, "My tasks", () -> assertThat(taskRows(web, requisition)).isEmpty());
            clickNav(web, "My interviews");
            assertThat(web.findElements(By.cssSelector("#upcoming article.interview h3")).stream()
                    .map(WebElement::getText)).noneMatch(h -> h.endsWith(" with " + candidate));
            assertThat(web.findElement(By.id("interview-" + interviewId)).findElement(By.cssSelector(".badge"))
                    .getText()).as("the held interview, cancelled with the application").isEqualTo("Cancelled");
            seen(web, interviewer + "-nothing-left");
        }
    }
}
