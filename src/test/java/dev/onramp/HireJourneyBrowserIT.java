package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.people.Person;
import dev.onramp.people.TeamRepository;
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.XSchool;
import dev.onramp.xschool.XSchoolProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 1 of the browser suite: a Beats candidate from requisition to X-School, each person in their own headless
 * Chromium, clicking through the nav and their task list. The candidate's name and an interviewer's note carry HTML
 * and must show as text everywhere. Screenshots go to {@code target/journey/hire/}.
 */
class HireJourneyBrowserIT extends BrowserJourney {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String HTML_NOTE = "Ask about <b>bold</b><script>alert(1)</script> on-call habits.";

    @Autowired
    ApplicationRepository applications;
    @Autowired
    XSchool xSchool;
    @Autowired
    XSchoolProperties xSchoolRules;
    @Autowired
    Clock clock;
    @Autowired
    TeamRepository teams;

    HireJourneyBrowserIT() {
        super("hire", "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz");
    }

    @Test
    void shouldTakeABeatsCandidateFromRequisitionToXSchoolInEveryonesOwnBrowser() {
        String email = "obrien-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        // 1. rita opens a Beats requisition and adds the candidate in Asia/Kolkata
        String requisition = openRequisition("Beats", "hank");
        long applicationId = addCandidate(email, "Asia/Kolkata", "IN");

        // 2. she screens the candidate in from her task list
        screenIn(requisition, "Asia/Kolkata");
        searchAndOpen("lukasiewicz", applicationId);

        // 3. she sends the take-home to the proposed reviewers, and marks it received on the application page
        WebDriver rita = as("rita");
        openTask(rita, requisition, "Send take-home: ");
        assertThat(text(rita, By.id("application-link"))).isEqualTo("Candidate: " + candidate + " (Asia/Kolkata)");
        assertThat(text(rita, By.id("due-candidate"))).contains("(Asia/Kolkata)");
        List<String> reviewers = checkedUsernames(rita, "reviewers");
        assertThat(reviewers).hasSize(2);
        seen(rita, "rita-take-home-form");
        submit(rita, By.id("send"));
        assertFlash(rita);
        assertThat(rita.getCurrentUrl()).endsWith("/applications/" + applicationId);
        seen(rita, "rita-take-home-sent");
        submit(rita, By.cssSelector("#take-home-received button"));
        assertFlash(rita);
        seen(rita, "rita-take-home-received");
        seeTheLoopDiagram(applicationId);
        seeTheTeamLoop(applicationId);
        seeWhatChangedBetweenTwoVersionsOfALoop();

        // 4. the reviewers find it under My interviews and give their feedback from their task list; the first
        //    forgets a rating, sees the error next to it with the rest kept, and leaves a note with HTML in it
        giveFeedback(reviewers.get(0), requisition, Feedback.plusOne().forgettingARatingFirst(HTML_NOTE));
        giveFeedback(reviewers.get(1), requisition, Feedback.plusOne());

        // 5. rita schedules the technical panel (two interviews in parallel) from the proposals; the panel sees the
        //    note, as text
        for (String interviewer : scheduleAndHold(requisition, applicationId, "technical-panel", "Asia/Kolkata", 2)) {
            giveFeedback(interviewer, requisition, Feedback.plusOne().seeing(HTML_NOTE));
        }

        // 6. then team fit, held and given feedback
        for (String interviewer : scheduleAndHold(requisition, applicationId, "team-fit", "Asia/Kolkata", 1)) {
            giveFeedback(interviewer, requisition, Feedback.plusOne().seeing(HTML_NOTE));
        }

        // 7. the Beats rule hires on the +1 votes: no debrief, rita prepares the offer, above the band
        rita = as("rita");
        openTask(rita, requisition, "Prepare the offer");
        seen(rita, "rita-offer-form");
        LocalDate startDate = LocalDate.now(clock.withZone(KOLKATA)).plusWeeks(4)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        typeDate(rita, By.id("startDate"), startDate);
        new Select(rita.findElement(By.id("workCountry"))).selectByValue("IN");
        type(rita, By.id("timeZone"), "Asia/Kolkata");
        type(rita, By.id("annualAmount"), "5200000"); // the Beats band in INR ends at 4,500,000
        new Select(rita.findElement(By.id("currency"))).selectByValue("INR");
        type(rita, By.id("note"), "Above the band: two competing offers.");
        seen(rita, "rita-offer-filled");
        submit(rita, By.cssSelector("#offer-form button.primary"));
        assertFlash(rita);
        seen(rita, "rita-offer-saved");

        WebDriver hank = as("hank");
        openTask(hank, requisition, "Approve the offer outside the band");
        assertThat(text(hank, By.id("offer-outside-band"))).contains("INR", "above");
        seen(hank, "hank-offer-approval");
        choose(hank, "decision", "APPROVE");
        submit(hank, By.cssSelector("#offer-approval-form button.primary"));
        assertFlash(hank);
        seen(hank, "hank-offer-approved");

        // counted just before the answer: the other journeys in this JVM hire Beats candidates too, by jobs that may
        // still be running when this journey starts
        int beatsHiresBefore = beatsHiresInTheReport();
        rita = as("rita");
        openTask(rita, requisition, "Record the candidate's answer");
        seen(rita, "rita-offer-answer");
        choose(rita, "answer", "ACCEPTED");
        submit(rita, By.cssSelector("#offer-answer-form button.primary"));
        assertFlash(rita);
        seen(rita, "rita-offer-accepted");
        awaitJobs(() -> assertThat(applications.get(applicationId).status()).isEqualTo(Application.Status.HIRED));
        Person hire = people.findAll().stream().filter(p -> email.equals(p.email())).findFirst().orElseThrow();
        seeTheHireCountedInTheReport(beatsHiresBefore);

        // 8. hank confirms the suggested mentor: mia is listed, hank himself is not
        hank = as("hank");
        openOnboardingTask(hank, "Confirm mentor");
        assertThat(hank.findElements(By.cssSelector("#suggestions tr[data-mentor='mia']"))).hasSize(1);
        assertThat(hank.findElements(By.cssSelector("#suggestions tr[data-mentor='hank']"))).isEmpty();
        seen(hank, "hank-confirm-mentor");
        hank.findElement(By.cssSelector("#suggestions tr[data-mentor='mia'] label")).click();
        submit(hank, By.cssSelector("#confirm-mentor-form button.primary"));
        assertFlash(hank);
        seen(hank, "hank-mentor-confirmed");

        // 9. mia accepts, and finds the prepare-welcome task on My mentees
        WebDriver mia = as("mia");
        openOnboardingTask(mia, "Accept mentee");
        seen(mia, "mia-accept-mentee");
        choose(mia, "decision", "ACCEPT");
        submit(mia, By.cssSelector("#accept-mentee-form button.primary"));
        assertFlash(mia);
        awaitPage(mia, "My mentees", () -> {
            List<WebElement> row = mia.findElements(By.cssSelector("#mentees tr[data-mentee='" + hire.id() + "']"));
            assertThat(row).hasSize(1);
            assertThat(row.get(0).getText()).contains(candidate, "Prepare the welcome", "(Asia/Kolkata)");
        });
        seen(mia, "mia-mentees");

        // 10. cora finds the new hire on the roster of the cohort X-School assigned
        AtomicReference<Assignment> seat = new AtomicReference<>();
        awaitJobs(() -> seat.set(xSchool.current(hire.id()).orElseThrow()));
        assertThat(seat.get().cohortStart()).isAfterOrEqualTo(startDate.plusWeeks(xSchoolRules.leadWeeks()));
        WebDriver cora = as("cora");
        clickNav(cora, "X-School");
        seen(cora, "cora-cohorts");
        clickAndWait(cora, By.cssSelector("#cohort-table tr[data-cohort-id='" + seat.get().cohortId() + "'] a"));
        WebElement rosterRow = cora.findElement(By.cssSelector("#roster tr[data-person-id='" + hire.id() + "']"));
        assertThat(rosterRow.getText()).contains(candidate, "Beats", "IN", "Asia/Kolkata");
        seen(cora, "cora-roster");

        // 11. the new hire sets a password from the link rita passes on and signs in at once (pre-boarding)
        rita = as("rita");
        clickNav(rita, "Notifications");
        List<WebElement> notes = rita.findElements(By.cssSelector("#notification-list a"));
        WebElement passwordLink = notes.stream().filter(a -> a.getText().startsWith("New hire " + candidate + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("no password link among "
                        + notes.stream().map(WebElement::getText).toList()));
        String linkText = passwordLink.getText();
        String link = passwordLink.getAttribute("href");
        assertThat(linkText).contains(link.replaceFirst("^https?://[^/]+", ""));
        seen(rita, "rita-notifications");

        WebDriver newHire = open("new-hire");
        newHire.get(link);
        waitForPage(newHire);
        String username = text(newHire, By.id("password-username")).replaceFirst("^Your username is (.+)\\.$", "$1");
        assertThat(username).isEqualTo(hire.username());
        type(newHire, By.id("password"), "a long journey to Mountain View");
        type(newHire, By.id("confirmation"), "a long journey to Mountain View");
        seen(newHire, "new-hire-password");
        submit(newHire, By.id("set-password"));
        seen(newHire, "new-hire-password-set");

        signIn(newHire, username, "a long journey to Mountain View");
        clickNav(newHire, "Welcome");
        assertThat(text(newHire, By.id("preboarding"))).contains("Your first day is");
        seen(newHire, "new-hire-preboarding");

        Instant startWeek = startDate.atTime(LocalTime.of(9, 0)).atZone(KOLKATA).toInstant();
        moveClockTo(startWeek);
        clickNav(newHire, "Welcome");
        assertThat(text(newHire, By.tagName("h1"))).contains(candidate);
        assertThat(text(newHire, By.id("mentor-name"))).isEqualTo(person("mia").displayName());
        assertThat(text(newHire, By.id("xschool-week")))
                .contains(seat.get().cohortStart().format(DateTimeFormatter.ofPattern("EEE d MMM yyyy")));
        assertThat(newHire.findElements(By.cssSelector("#checklist tbody tr"))).isNotEmpty();
        seen(newHire, "new-hire-welcome");
    }

    /** rita opens the application page: bpmn-js draws the Beats loop, the take-home highlighted as the current stage. */
    private void seeTheLoopDiagram(long applicationId) {
        WebDriver rita = as("rita");
        rita.get("http://localhost:" + port + "/applications/" + applicationId);
        waitForPage(rita);
        new WebDriverWait(rita, PAGE).until(d -> d.findElement(By.id("loop-diagram")).getAttribute("data-rendered") != null);
        assertThat(rita.findElement(By.id("loop-diagram")).getAttribute("data-rendered")).isEqualTo("true");
        assertThat(rita.findElements(By.cssSelector("#loop-diagram svg"))).isNotEmpty();
        assertThat(rita.findElements(By.cssSelector("#loop-diagram .djs-element.loop-current[data-element-id='"
                + BeatsLoop.CALL_ACTIVITY_TAKE_HOME + "']"))).hasSize(1);
        assertThat(text(rita, By.id("loop-current"))).isEqualTo("Take-home");
        seen(rita, "rita-loop-diagram");
    }

    /**
     * From the application page, rita opens the Beats loop page: bpmn-js draws the loop's latest version with its
     * stages, and the version list counts the candidate on the version their loop runs.
     */
    private void seeTheTeamLoop(long applicationId) {
        WebDriver rita = as("rita");
        clickAndWait(rita, By.id("team-loop-link"));
        assertThat(text(rita, By.id("team-loop-heading"))).isEqualTo("The Beats loop");
        awaitDiagram(rita);
        for (String stage : List.of(BeatsLoop.CALL_ACTIVITY_TAKE_HOME, BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL,
                BeatsLoop.CALL_ACTIVITY_TEAM_FIT)) {
            assertThat(rita.findElements(By.cssSelector("#loop-diagram .djs-element[data-element-id='" + stage + "']")))
                    .as(stage).isNotEmpty();
        }
        String hiring = applications.get(applicationId).processInstanceId();
        ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(BeatsLoop.KEY).superProcessInstanceId(hiring).singleResult();
        int version = engine.getRepositoryService().getProcessDefinition(loop.getProcessDefinitionId()).getVersion();
        WebElement row = rita.findElement(By.id("loop-version-" + version));
        assertThat(Long.parseLong(row.findElements(By.tagName("td")).get(1).getText())).isPositive();
        seen(rita, "rita-team-loop");
    }

    /**
     * A loop with two versions (deployed here under a key of its own, so that no journey's candidate starts on it):
     * its page draws the latest version with what was added and changed marked, and lists the changes.
     */
    private void seeWhatChangedBetweenTwoVersionsOfALoop() {
        String key = "JourneyLoop" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeployment().name("journey-loop").addModelInstance("journey-loop.bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("StartEvent_LoopStarted")
                        .userTask("Task_Conversation").name("Conversation").endEvent("EndEvent_LoopDone").done()).deploy();
        repository.createDeployment().name("journey-loop").addModelInstance("journey-loop.bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("StartEvent_LoopStarted")
                        .userTask("Task_Conversation").name("Written conversation")
                        .userTask("Task_PairProgramming").name("Pair programming")
                        .endEvent("EndEvent_LoopDone").done()).deploy();
        long team = teams.insert(key.toLowerCase(java.util.Locale.ROOT), "Journey " + key.substring(11, 15), key);

        WebDriver rita = as("rita");
        rita.get("http://localhost:" + port + "/teams/" + team + "/loop");
        waitForPage(rita);
        awaitDiagram(rita);
        assertThat(rita.findElements(By.cssSelector("#loop-versions tbody tr"))).hasSize(2);
        assertThat(rita.findElements(By.cssSelector(
                "#loop-diagram .djs-element.loop-added[data-element-id='Task_PairProgramming']"))).hasSize(1);
        assertThat(rita.findElements(By.cssSelector(
                "#loop-diagram .djs-element.loop-changed[data-element-id='Task_Conversation']"))).hasSize(1);
        assertThat(text(rita, By.id("change-Task_PairProgramming"))).startsWith("Added Pair programming");
        assertThat(text(rita, By.id("change-Task_Conversation"))).startsWith("Changed Written conversation");
        seen(rita, "rita-loop-versions-compared");
    }

    private static void awaitDiagram(WebDriver web) {
        new WebDriverWait(web, PAGE).until(d -> d.findElement(By.id("loop-diagram")).getAttribute("data-rendered") != null);
        assertThat(web.findElement(By.id("loop-diagram")).getAttribute("data-rendered")).isEqualTo("true");
        assertThat(web.findElements(By.cssSelector("#loop-diagram svg"))).isNotEmpty();
    }

    /** The Beats hires in the time-to-hire report of the last 90 days, as rita reads its table under the chart. */
    private int beatsHiresInTheReport() {
        WebDriver rita = as("rita");
        clickNav(rita, "Reports");
        new WebDriverWait(rita, PAGE).until(d -> d.findElements(By.cssSelector("canvas[data-chart]")).stream()
                .allMatch(c -> "true".equals(c.getAttribute("data-rendered"))));
        return rita.findElements(By.cssSelector("#table-time-to-hire tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td"))).filter(td -> td.get(0).getText().equals("Beats"))
                .mapToInt(td -> Integer.parseInt(td.get(1).getText())).findFirst().orElse(0);
    }

    /** rita finds the new hire counted in the time-to-hire report. */
    private void seeTheHireCountedInTheReport(int beatsHiresBefore) {
        assertThat(beatsHiresInTheReport()).isEqualTo(beatsHiresBefore + 1);
        seen(as("rita"), "rita-report-hire-counted");
    }

    /** Onboarding tasks name no requisition: the person opens the one that names the new hire. */
    private void openOnboardingTask(WebDriver web, String name) {
        awaitPage(web, "My tasks", () -> assertThat(web.findElements(By.linkText(name))).isNotEmpty());
        seen(web, personOf(web) + "-tasks");
        int rows = web.findElements(By.linkText(name)).size();
        for (int i = 0; i < rows; i++) {
            clickAndWait(web, web.findElements(By.linkText(name)).get(i));
            if (text(web, By.id("new-hire")).startsWith(candidate + " ")) {
                return;
            }
            clickNav(web, "My tasks");
        }
        throw new AssertionError("no " + name + " task for " + candidate);
    }

    /**
     * rita finds the candidate from the search box in the header (no accent, other letter case: "Łukasiewicz" is
     * found by "lukasiewicz") and opens the application from the result.
     */
    private void searchAndOpen(String query, long applicationId) {
        WebDriver rita = as("rita");
        type(rita, By.id("header-search-q"), query);
        submit(rita, By.cssSelector("#header-search button"));
        WebElement result = rita.findElement(By.cssSelector("#result-application-" + applicationId + " a"));
        assertThat(result.getText()).isEqualTo(candidate);
        seen(rita, "rita-search");
        clickAndWait(rita, result);
        assertThat(rita.getCurrentUrl()).endsWith("/applications/" + applicationId);
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(candidate);
    }
}
