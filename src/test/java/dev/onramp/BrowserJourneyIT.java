package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.Browser;
import dev.onramp.system.OnrampPostgresTest;
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.XSchool;
import dev.onramp.xschool.XSchoolProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.core.ThrowingRunnable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first journey of the browser suite: a Beats candidate from requisition to X-School, each person in their own
 * headless Chromium, clicking through the nav and their task list. Every step saves a screenshot under
 * target/journey/ and fails on an error page, a browser console error, an untranslated message key or a script
 * that ran (the candidate's name and notes carry HTML). The engine runs with the job executor on; where the journey
 * waits for an interview to be held or for the start week, the test moves the engine clock (also the application's).
 */
@OnrampPostgresTest
class BrowserJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PAGE = Duration.ofSeconds(15);
    private static final int MAX_BROWSERS = 3;
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String CANDIDATE = "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz";
    private static final String HTML_NOTE = "Ask about <b>bold</b><script>alert(1)</script> on-call habits.";
    private static final List<String> ERROR_HEADINGS = List.of("Something went wrong on our side",
            "That did not work", "Not found", "You may not open this page");

    /** One browser per person, at most {@value #MAX_BROWSERS} open: the least recently used is closed first. */
    private static final Map<String, WebDriver> BROWSERS = new LinkedHashMap<>(8, 0.75f, true);

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    PersonRepository people;
    @Autowired
    XSchool xSchool;
    @Autowired
    XSchoolProperties xSchoolRules;
    @Autowired
    Clock clock;

    private int step;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        quitAll();
    }

    @AfterAll
    static void quitBrowsers() {
        quitAll();
    }

    @Test
    void shouldTakeABeatsCandidateFromRequisitionToXSchoolInEveryonesOwnBrowser() {
        String requisition = "Browser journey " + UUID.randomUUID().toString().substring(0, 8);
        String email = "obrien-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        // 1. rita opens a Beats requisition and adds the candidate in Asia/Kolkata
        WebDriver rita = as("rita");
        clickNav(rita, "Pipeline");
        seen(rita, "rita-pipeline");
        clickAndWait(rita, By.id("open-requisition"));
        type(rita, By.id("title"), requisition);
        new Select(rita.findElement(By.id("teamId"))).selectByVisibleText("Beats");
        new Select(rita.findElement(By.id("hiringManagerId"))).selectByVisibleText(person("hank").displayName());
        type(rita, By.id("locationPolicy"), "Anywhere");
        type(rita, By.id("openings"), "1");
        type(rita, By.id("description"), "Opened in the browser journey.");
        seen(rita, "rita-requisition-form");
        submit(rita, By.cssSelector("#requisition-form button.primary"));
        assertThat(text(rita, By.id("requisition-title"))).isEqualTo(requisition);
        assertFlash(rita);
        seen(rita, "rita-requisition-opened");

        clickAndWait(rita, By.id("add-candidate"));
        type(rita, By.id("name"), CANDIDATE);
        type(rita, By.id("email"), email);
        type(rita, By.id("zone"), "Asia/Kolkata");
        new Select(rita.findElement(By.id("country"))).selectByValue("IN");
        type(rita, By.id("resumeUrl"), "https://example.com/cv/obrien");
        new Select(rita.findElement(By.id("source"))).selectByValue(Application.Source.REFERRAL.name());
        seen(rita, "rita-candidate-form");
        submit(rita, By.cssSelector("#application-form button.primary"));
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(CANDIDATE);
        assertThat(text(rita, By.id("candidate-zone"))).startsWith("Asia/Kolkata");
        assertFlash(rita);
        seen(rita, "rita-candidate-added");
        long applicationId = Long.parseLong(rita.getCurrentUrl().replaceFirst(".*/applications/(\\d+).*", "$1"));

        // 2. she screens the candidate in from her task list
        openTask(rita, requisition, "Screen candidate");
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(CANDIDATE);
        assertThat(text(rita, By.id("candidate-zone"))).startsWith("Asia/Kolkata");
        seen(rita, "rita-screening");
        rita.findElement(By.id("outcome-advance")).click();
        submit(rita, By.cssSelector("#screening-form button.primary"));
        assertFlash(rita);
        seen(rita, "rita-screened");

        // 3. she sends the take-home to the proposed reviewers, and marks it received on the application page
        openTask(rita, requisition, "Send take-home: ");
        assertThat(text(rita, By.id("application-link"))).isEqualTo("Candidate: " + CANDIDATE + " (Asia/Kolkata)");
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

        // 4. the reviewers find it under My interviews and give their feedback from their task list; the first
        //    forgets a rating, sees the error next to it with the rest kept, and leaves a note with HTML in it
        boolean first = true;
        for (String reviewer : reviewers) {
            giveFeedback(reviewer, requisition, first, false);
            first = false;
        }

        // 5. rita schedules the technical panel (two interviews in parallel) from the proposals
        List<Interview> panel = new ArrayList<>();
        panel.add(schedule(rita, requisition, applicationId, "technical-panel"));
        panel.add(schedule(rita, requisition, applicationId, "technical-panel"));
        moveClockPast(panel);
        for (String interviewer : feedbackAssignees(applicationId, 2)) {
            giveFeedback(interviewer, requisition, false, true);
        }

        // 6. then team fit, held and given feedback
        Interview teamFit = schedule(as("rita"), requisition, applicationId, "team-fit");
        moveClockPast(List.of(teamFit));
        for (String interviewer : feedbackAssignees(applicationId, interviews.panel(teamFit.id()).size())) {
            giveFeedback(interviewer, requisition, false, true);
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

        rita = as("rita");
        openTask(rita, requisition, "Record the candidate's answer");
        seen(rita, "rita-offer-answer");
        choose(rita, "answer", "ACCEPTED");
        submit(rita, By.cssSelector("#offer-answer-form button.primary"));
        assertFlash(rita);
        seen(rita, "rita-offer-accepted");
        awaitJobs(() -> assertThat(applications.get(applicationId).status()).isEqualTo(Application.Status.HIRED));
        Person hire = people.findAll().stream().filter(p -> email.equals(p.email())).findFirst().orElseThrow();

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
            assertThat(row.get(0).getText()).contains(CANDIDATE, "Prepare the welcome", "(Asia/Kolkata)");
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
        assertThat(rosterRow.getText()).contains(CANDIDATE, "Beats", "IN", "Asia/Kolkata");
        seen(cora, "cora-roster");

        // 11. the new hire sets a password from the link rita passes on, and signs in from the start week
        rita = as("rita");
        clickNav(rita, "Notifications");
        List<WebElement> notes = rita.findElements(By.cssSelector("#notification-list a"));
        WebElement passwordLink = notes.stream().filter(a -> a.getText().startsWith("New hire " + CANDIDATE + ":"))
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
        type(newHire, By.id("password"), "a long journey password");
        type(newHire, By.id("confirmation"), "a long journey password");
        seen(newHire, "new-hire-password");
        submit(newHire, By.id("set-password"));
        seen(newHire, "new-hire-password-set");

        Instant startWeek = startDate.atTime(LocalTime.of(9, 0)).atZone(KOLKATA).toInstant();
        ClockUtil.offset(startWeek.toEpochMilli() - System.currentTimeMillis());
        signIn(newHire, username, "a long journey password");
        clickNav(newHire, "Welcome");
        assertThat(text(newHire, By.tagName("h1"))).contains(CANDIDATE);
        assertThat(text(newHire, By.id("mentor-name"))).isEqualTo(person("mia").displayName());
        assertThat(text(newHire, By.id("xschool-week")))
                .contains(seat.get().cohortStart().format(DateTimeFormatter.ofPattern("EEE d MMM yyyy")));
        assertThat(newHire.findElements(By.cssSelector("#checklist tbody tr"))).isNotEmpty();
        seen(newHire, "new-hire-welcome");
    }

    // --- the steps several people take

    /**
     * The interviewer finds the candidate's interview under My interviews, opens the feedback form from their
     * task list, rates every attribute "yes", votes +1 and submits. With {@code forgetOneRating} they first
     * submit without the first rating and with a note for the next interviewers that carries HTML; with
     * {@code seesNote} the form shows that note, as text.
     */
    private void giveFeedback(String username, String requisition, boolean forgetOneRating, boolean seesNote) {
        WebDriver web = as(username);
        awaitPage(web, "My interviews", () -> assertThat(web.findElements(By.cssSelector("article.interview h3"))
                .stream().map(WebElement::getText).filter(h -> h.endsWith(" with " + CANDIDATE))).isNotEmpty());
        seen(web, username + "-my-interviews");

        openTask(web, requisition, "Feedback: ");
        assertThat(text(web, By.tagName("h1"))).endsWith(" with " + CANDIDATE);
        if (seesNote) {
            assertThat(text(web, By.id("notes-for-next"))).as("the note, as text").contains(HTML_NOTE);
        }
        List<WebElement> attributes = web.findElements(By.cssSelector("fieldset.attribute"));
        assertThat(attributes).as("focus attributes on the form").isNotEmpty();
        List<String> focus = attributes.stream().map(a -> a.getAttribute("id").substring("attribute-".length())).toList();
        for (int i = 0; i < focus.size(); i++) {
            if (!(forgetOneRating && i == 0)) {
                web.findElement(By.cssSelector("input[name='ratings[" + focus.get(i) + "]'][value='YES']")).click();
            }
            type(web, By.id("evidence-" + focus.get(i)), "Saw it in the exercise.");
        }
        choose(web, "vote", "PLUS_ONE");
        type(web, By.id("voteReason"), "Strong on every attribute.");
        String note = forgetOneRating ? HTML_NOTE : "Clear writer.";
        type(web, By.id("noteForNext"), note);
        seen(web, username + "-feedback-filled");
        submit(web, By.id("submit"));

        if (forgetOneRating) {
            String missing = focus.get(0);
            WebElement error = web.findElement(By.id("rating-" + missing + "-error"));
            assertThat(error.isDisplayed()).isTrue();
            assertThat(web.findElement(By.id("attribute-" + missing)).getAttribute("class")).contains("has-error");
            assertThat(web.findElement(By.id("attribute-" + missing)).findElements(By.id("rating-" + missing + "-error")))
                    .as("the error sits inside the attribute's fieldset").hasSize(1);
            for (String f : focus.subList(1, focus.size())) {
                assertThat(web.findElement(By.cssSelector("input[name='ratings[" + f + "]'][value='YES']")).isSelected())
                        .as("rating of " + f + " kept").isTrue();
            }
            for (String f : focus) {
                assertThat(web.findElement(By.id("evidence-" + f)).getAttribute("value")).isEqualTo("Saw it in the exercise.");
            }
            assertThat(web.findElement(By.cssSelector("input[name='vote'][value='PLUS_ONE']")).isSelected()).isTrue();
            assertThat(web.findElement(By.id("voteReason")).getAttribute("value")).isEqualTo("Strong on every attribute.");
            assertThat(web.findElement(By.id("noteForNext")).getAttribute("value")).isEqualTo(HTML_NOTE);
            seen(web, username + "-feedback-missing-rating");
            web.findElement(By.cssSelector("input[name='ratings[" + missing + "]'][value='YES']")).click();
            submit(web, By.id("submit"));
        }
        assertFlash(web);
        assertThat(web.getCurrentUrl()).endsWith("/interviews");
        seen(web, username + "-feedback-submitted");
    }

    /**
     * Rita opens the next schedule task of the requisition, checks that the proposed slot names the candidate's zone
     * next to the times, and schedules the proposed panel on the proposed slot; answers the interview as stored.
     */
    private Interview schedule(WebDriver rita, String requisition, long applicationId, String stageKey) {
        List<Long> before = interviews.findByApplication(applicationId).stream().map(Interview::id).toList();
        openTask(rita, requisition, "Schedule interview: ");
        assertThat(text(rita, By.id("application-link"))).isEqualTo("Candidate: " + CANDIDATE + " (Asia/Kolkata)");
        assertThat(rita.findElements(By.id("no-common-time"))).isEmpty();
        assertThat(rita.findElements(By.cssSelector(".outside-hours"))).isEmpty();
        List<WebElement> proposed = rita.findElements(By.cssSelector("#slots input[name='slot']:checked"));
        assertThat(proposed).hasSize(1);
        WebElement slot = proposed.get(0).findElement(By.xpath("ancestor::div[contains(@class,'slot')]"));
        assertThat(slot.findElements(By.cssSelector(".slot-times li")).stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Candidate " + CANDIDATE + " (Asia/Kolkata): "));
        assertThat(checkedUsernames(rita, "interviewers")).isNotEmpty();
        String proposedStart = proposed.get(0).getAttribute("value");
        seen(rita, "rita-schedule-" + stageKey);
        submit(rita, By.id("schedule"));
        assertFlash(rita);
        seen(rita, "rita-scheduled-" + stageKey);
        Interview interview = interviews.findByApplication(applicationId).stream()
                .filter(i -> !before.contains(i.id())).findFirst().orElseThrow();
        assertThat(interview.stageKey()).isEqualTo(stageKey);
        assertThat(interview.startsAt()).isEqualTo(Instant.parse(proposedStart));
        return interview;
    }

    /** Who has a feedback task for the candidate, once the engine has created {@code count} of them. */
    private List<String> feedbackAssignees(long applicationId, int count) {
        AtomicReference<List<String>> assignees = new AtomicReference<>();
        awaitJobs(() -> {
            List<Task> open = tasks.createTaskQuery()
                    .processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                    .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list();
            assertThat(open).hasSize(count);
            assignees.set(open.stream().map(Task::getAssignee).toList());
        });
        return assignees.get();
    }

    /**
     * Opens My tasks until a task named {@code namePrefix…} for the requisition shows up (the engine may still be
     * on its way), then follows its link.
     */
    private void openTask(WebDriver web, String requisition, String namePrefix) {
        AtomicReference<WebElement> link = new AtomicReference<>();
        awaitPage(web, "My tasks", () -> {
            List<WebElement> found = web.findElements(By.cssSelector("#task-table tbody tr")).stream()
                    .filter(row -> row.findElements(By.xpath("td[2]/span")).stream()
                            .anyMatch(s -> s.getText().equals(requisition)))
                    .map(row -> row.findElement(By.cssSelector("td a")))
                    .filter(a -> a.getText().startsWith(namePrefix)).toList();
            assertThat(found).as(namePrefix + " for " + requisition).isNotEmpty();
            link.set(found.get(0));
        });
        seen(web, personOf(web) + "-tasks");
        clickAndWait(web, link.get());
    }

    /** Onboarding tasks name no requisition: the person opens the one that names the new hire. */
    private void openOnboardingTask(WebDriver web, String name) {
        awaitPage(web, "My tasks", () -> assertThat(web.findElements(By.linkText(name))).isNotEmpty());
        seen(web, personOf(web) + "-tasks");
        int rows = web.findElements(By.linkText(name)).size();
        for (int i = 0; i < rows; i++) {
            clickAndWait(web, web.findElements(By.linkText(name)).get(i));
            if (text(web, By.id("new-hire")).startsWith(CANDIDATE + " ")) {
                return;
            }
            clickNav(web, "My tasks");
        }
        throw new AssertionError("no " + name + " task for " + CANDIDATE);
    }

    // --- browsers and pages

    private WebDriver as(String username) {
        WebDriver web = BROWSERS.get(username);
        if (web == null) {
            web = open(username);
            signIn(web, username, "demo");
        }
        return web;
    }

    private WebDriver open(String person) {
        while (BROWSERS.size() >= MAX_BROWSERS) {
            String eldest = BROWSERS.keySet().iterator().next();
            BROWSERS.remove(eldest).quit();
        }
        WebDriver web = Browser.open(true);
        BROWSERS.put(person, web);
        return web;
    }

    private static void quitAll() {
        BROWSERS.values().forEach(WebDriver::quit);
        BROWSERS.clear();
    }

    private void signIn(WebDriver web, String username, String password) {
        web.get("http://localhost:" + port + "/login");
        waitForPage(web);
        type(web, By.id("username"), username);
        type(web, By.id("password"), password);
        submit(web, By.id("sign-in"));
        assertThat(text(web, By.tagName("h1"))).as("home page of " + username).startsWith("Welcome, ");
        seen(web, personOf(web) + "-signed-in");
    }

    private void clickNav(WebDriver web, String linkText) {
        clickAndWait(web, web.findElement(By.cssSelector("header.topbar")).findElement(By.linkText(linkText)));
    }

    /** Opens the page from the nav until the assertion holds, telling the job executor to look again each time. */
    private void awaitPage(WebDriver web, String nav, ThrowingRunnable assertion) {
        awaitJobs(() -> {
            clickNav(web, nav);
            assertion.run();
        });
    }

    private void clickAndWait(WebDriver web, By by) {
        clickAndWait(web, new WebDriverWait(web, PAGE).until(ExpectedConditions.elementToBeClickable(by)));
    }

    /**
     * Clicks and waits until the next page has replaced this one: the old page carries a mark that the new one
     * lacks. (Waiting for the old element to go stale races with Chromium's inspector during navigation.)
     */
    private void clickAndWait(WebDriver web, WebElement element) {
        ((JavascriptExecutor) web).executeScript("window.onrampLeaving = true");
        element.click();
        new WebDriverWait(web, PAGE).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.onrampLeaving === undefined && document.readyState === 'complete'")));
        checkPage(web);
    }

    private void submit(WebDriver web, By button) {
        clickAndWait(web, button);
    }

    private static void waitForPage(WebDriver web) {
        new WebDriverWait(web, PAGE).ignoring(WebDriverException.class).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState")));
    }

    private static void type(WebDriver web, By by, String value) {
        WebElement input = web.findElement(by);
        input.clear();
        input.sendKeys(value);
        assertThat(input.getAttribute("value")).isEqualTo(value);
    }

    /** Types a date as the browser's date input expects it (en-US: month, day, year). */
    private static void typeDate(WebDriver web, By by, LocalDate date) {
        WebElement input = web.findElement(by);
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        assertThat(input.getAttribute("value")).isEqualTo(date.toString());
    }

    private static void choose(WebDriver web, String name, String value) {
        web.findElement(By.cssSelector("input[type='radio'][name='" + name + "'][value='" + value + "']")).click();
    }

    private static String text(WebDriver web, By by) {
        return new WebDriverWait(web, PAGE).until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private static void assertFlash(WebDriver web) {
        assertThat(web.findElements(By.cssSelector(".flash-success"))).as("a message saying what happened on "
                + web.getCurrentUrl()).hasSize(1);
    }

    /** The usernames of the checked people in a pool of checkboxes (their values are person ids). */
    private List<String> checkedUsernames(WebDriver web, String name) {
        return web.findElements(By.cssSelector("input[type='checkbox'][name='" + name + "']:checked")).stream()
                .map(box -> people.get(Long.parseLong(box.getAttribute("value"))).username())
                .collect(Collectors.toList());
    }

    /** Saves the step's screenshot and checks the page. */
    private void seen(WebDriver web, String what) {
        checkPage(web);
        Browser.screenshot(web, String.format("%02d-%s", ++step, what));
    }

    /** No error page, no untranslated key, no console error and no script that ran from the data. */
    private static void checkPage(WebDriver web) {
        assertThatThrownBy(() -> web.switchTo().alert()).as("an alert on " + web.getCurrentUrl())
                .isInstanceOf(NoAlertPresentException.class);
        List<String> headings = web.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList();
        assertThat(headings).as("error page at " + web.getCurrentUrl()).doesNotContainAnyElementsOf(ERROR_HEADINGS);
        assertThat(web.getPageSource()).as("untranslated message key on " + web.getCurrentUrl()).doesNotContain("??");
        List<String> errors = web.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
        assertThat(errors).as("browser console on " + web.getCurrentUrl()).isEmpty();
    }

    private static String personOf(WebDriver web) {
        return BROWSERS.entrySet().stream().filter(e -> e.getValue() == web).map(Map.Entry::getKey)
                .findFirst().orElse("someone");
    }

    // --- the engine

    /** Moves the engine clock (and so the application's) just past the last interview's end. */
    private void moveClockPast(List<Interview> held) {
        Instant end = held.stream().map(Interview::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        ClockUtil.offset(end.plusSeconds(60).toEpochMilli() - System.currentTimeMillis());
    }

    /**
     * Waits for the job executor. Timers that fell due because the clock moved create no new job, so the idle
     * executor (which backs off up to a minute) is told to look again on every poll.
     */
    private void awaitJobs(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(WebDriverException.class).untilAsserted(() -> {
            engine.getJobExecutor().jobWasAdded();
            assertion.run();
        });
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
