package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.Browser;
import dev.onramp.system.OnrampPostgresTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser journeys share: each person in their own headless Chromium, the steps several journeys take
 * (open a requisition, add and screen a candidate, schedule from the proposals, give feedback), and the checks
 * every page of a journey passes. Each step saves a screenshot at 1280×800 and one at 390×844 (a phone) under
 * {@code target/journey/<journey>/}, and fails on an error page, a browser console error, an untranslated message
 * key, a script that ran from the data, a form field without a label, a field error away from its field, a primary
 * action the keyboard cannot reach, a time that does not name its zone, or a page that scrolls sideways. Every form
 * is submitted from the keyboard: Tab onto the button, then Enter. The engine runs with the job executor on; where a
 * journey waits for an interview to be held, it moves the engine clock (also the application's).
 */
@OnrampPostgresTest
abstract class BrowserJourney {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final Duration PAGE = Duration.ofSeconds(15);
    private static final int MAX_BROWSERS = 3;
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 800;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final List<String> ERROR_HEADINGS = List.of("Something went wrong on our side",
            "That did not work", "Not found", "You may not open this page");

    /** One browser per person, at most {@value #MAX_BROWSERS} open: the least recently used is closed first. */
    private final Map<String, WebDriver> browsers = new LinkedHashMap<>(8, 0.75f, true);

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngineConfigurationImpl engine;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected InterviewRepository interviews;
    @Autowired
    protected PersonRepository people;

    private final String journey;
    /** The candidate of this journey, whose name the pages must show as text. */
    protected final String candidate;
    private int step;

    protected BrowserJourney(String journey, String candidate) {
        this.journey = journey;
        this.candidate = candidate;
    }

    @AfterEach
    void resetClockAndQuitBrowsers() {
        ClockUtil.reset();
        browsers.values().forEach(WebDriver::quit);
        browsers.clear();
    }

    // --- steps several journeys take

    /** Rita opens a requisition for the team from the pipeline; answers its title. */
    protected String openRequisition(String team, String hiringManager) {
        String title = team + " journey " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver rita = as("rita");
        clickNav(rita, "Pipeline");
        seen(rita, "rita-pipeline");
        clickAndWait(rita, By.id("open-requisition"));
        type(rita, By.id("title"), title);
        new Select(rita.findElement(By.id("teamId"))).selectByVisibleText(team);
        new Select(rita.findElement(By.id("hiringManagerId"))).selectByVisibleText(person(hiringManager).displayName());
        type(rita, By.id("locationPolicy"), "Anywhere");
        type(rita, By.id("openings"), "1");
        type(rita, By.id("description"), "Opened in the browser journey.");
        seen(rita, "rita-requisition-form");
        submit(rita, By.cssSelector("#requisition-form button.primary"));
        assertThat(text(rita, By.id("requisition-title"))).isEqualTo(title);
        assertFlash(rita);
        seen(rita, "rita-requisition-opened");
        return title;
    }

    /** Rita adds this journey's candidate to the requisition she is looking at; answers the application's id. */
    protected long addCandidate(String email, String zone, String country) {
        WebDriver rita = as("rita");
        clickAndWait(rita, By.id("add-candidate"));
        type(rita, By.id("name"), candidate);
        type(rita, By.id("email"), email);
        type(rita, By.id("zone"), zone);
        new Select(rita.findElement(By.id("country"))).selectByValue(country);
        type(rita, By.id("resumeUrl"), "https://example.com/cv/" + email.replaceFirst("@.*", ""));
        new Select(rita.findElement(By.id("source"))).selectByValue(Application.Source.REFERRAL.name());
        seen(rita, "rita-candidate-form");
        submit(rita, By.cssSelector("#application-form button.primary"));
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(candidate);
        assertThat(text(rita, By.id("candidate-zone"))).startsWith(zone);
        assertFlash(rita);
        seen(rita, "rita-candidate-added");
        return Long.parseLong(rita.getCurrentUrl().replaceFirst(".*/applications/(\\d+).*", "$1"));
    }

    /** Rita screens the candidate in from her task list. */
    protected void screenIn(String requisition, String zone) {
        WebDriver rita = as("rita");
        openTask(rita, requisition, "Screen candidate");
        assertThat(text(rita, By.id("candidate-name"))).isEqualTo(candidate);
        assertThat(text(rita, By.id("candidate-zone"))).startsWith(zone);
        seen(rita, "rita-screening");
        rita.findElement(By.id("outcome-advance")).click();
        submit(rita, By.cssSelector("#screening-form button.primary"));
        assertFlash(rita);
        seen(rita, "rita-screened");
    }

    /** How an interviewer fills the feedback form. */
    protected record Feedback(String vote, String voteReason, String note, boolean forgetOneRating,
                              String seesNote) {

        static Feedback plusOne() {
            return new Feedback("PLUS_ONE", "Strong on every attribute.", "Clear writer.", false, null);
        }

        static Feedback veto(String reason) {
            return new Feedback("MINUS_ONE", reason, "Probe the design trade-offs again.", false, null);
        }

        Feedback forgettingARatingFirst(String htmlNote) {
            return new Feedback(vote, voteReason, htmlNote, true, seesNote);
        }

        Feedback seeing(String earlierNote) {
            return new Feedback(vote, voteReason, note, forgetOneRating, earlierNote);
        }
    }

    /**
     * The interviewer finds the candidate's interview under My interviews, opens the feedback form from their
     * task list, rates every attribute "yes" and votes as told. With {@code forgetOneRating} they first submit
     * without the first rating, see the error next to it with everything else kept, and fix it.
     */
    protected void giveFeedback(String username, String requisition, Feedback feedback) {
        WebDriver web = as(username);
        awaitPage(web, "My interviews", () -> assertThat(web.findElements(By.cssSelector("article.interview h3"))
                .stream().map(WebElement::getText).filter(h -> h.endsWith(" with " + candidate))).isNotEmpty());
        assertThat(text(web, By.id("my-zone"))).as("My interviews in the interviewer's own zone")
                .contains(person(username).timeZone().getId());
        seen(web, username + "-my-interviews");

        openTask(web, requisition, "Feedback: ");
        assertThat(text(web, By.tagName("h1"))).endsWith(" with " + candidate);
        if (feedback.seesNote() != null) {
            assertThat(text(web, By.id("notes-for-next"))).as("the note, as text").contains(feedback.seesNote());
        }
        List<String> focus = fillFeedback(web, feedback);
        seen(web, username + "-feedback-filled");
        submit(web, By.id("submit"));

        if (feedback.forgetOneRating()) {
            String missing = focus.get(0);
            assertThat(text(web, By.id("form-errors"))).as("the form says at its top that it came back")
                    .contains("Some answers need your attention");
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
            assertThat(web.findElement(By.cssSelector("input[name='vote'][value='" + feedback.vote() + "']")).isSelected())
                    .isTrue();
            assertThat(web.findElement(By.id("voteReason")).getAttribute("value")).isEqualTo(feedback.voteReason());
            assertThat(web.findElement(By.id("noteForNext")).getAttribute("value")).isEqualTo(feedback.note());
            seen(web, username + "-feedback-missing-rating");
            web.findElement(By.cssSelector("input[name='ratings[" + missing + "]'][value='YES']")).click();
            submit(web, By.id("submit"));
        }
        assertFlash(web);
        assertThat(web.getCurrentUrl()).endsWith("/interviews");
        seen(web, username + "-feedback-submitted");
    }

    /** Fills the open feedback form as told (without the first rating when told to forget it); answers the focus. */
    protected List<String> fillFeedback(WebDriver web, Feedback feedback) {
        List<WebElement> attributes = web.findElements(By.cssSelector("fieldset.attribute"));
        assertThat(attributes).as("focus attributes on the form").isNotEmpty();
        List<String> focus = attributes.stream().map(a -> a.getAttribute("id").substring("attribute-".length())).toList();
        for (int i = 0; i < focus.size(); i++) {
            if (!(feedback.forgetOneRating() && i == 0)) {
                web.findElement(By.cssSelector("input[name='ratings[" + focus.get(i) + "]'][value='YES']")).click();
            }
            type(web, By.id("evidence-" + focus.get(i)), "Saw it in the exercise.");
        }
        choose(web, "vote", feedback.vote());
        type(web, By.id("voteReason"), feedback.voteReason());
        type(web, By.id("noteForNext"), feedback.note());
        return focus;
    }

    /**
     * Rita opens the next schedule task of the requisition, checks that the proposed slot names the candidate's zone
     * next to the times, and schedules the proposed panel on the proposed slot; answers the interview as stored.
     */
    protected Interview schedule(String requisition, long applicationId, String stageKey, String zone) {
        WebDriver rita = as("rita");
        List<Long> before = interviews.findByApplication(applicationId).stream().map(Interview::id).toList();
        openTask(rita, requisition, "Schedule interview: ");
        assertThat(text(rita, By.id("application-link"))).isEqualTo("Candidate: " + candidate + " (" + zone + ")");
        assertThat(rita.findElements(By.id("no-common-time"))).isEmpty();
        assertThat(rita.findElements(By.cssSelector(".outside-hours"))).isEmpty();
        List<WebElement> proposed = rita.findElements(By.cssSelector("#slots input[name='slot']:checked"));
        assertThat(proposed).hasSize(1);
        WebElement slot = proposed.get(0).findElement(By.xpath("ancestor::div[contains(@class,'slot')]"));
        assertThat(slot.findElements(By.cssSelector(".slot-times li")).stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Candidate " + candidate + " (" + zone + "): "));
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

    /** Schedules the stage (once per parallel interview), holds it, and answers who owes feedback for it. */
    protected List<String> scheduleAndHold(String requisition, long applicationId, String stageKey, String zone,
                                           int interviewsInParallel) {
        List<Interview> held = new ArrayList<>();
        for (int i = 0; i < interviewsInParallel; i++) {
            held.add(schedule(requisition, applicationId, stageKey, zone));
        }
        moveClockPast(held);
        int panel = held.stream().mapToInt(i -> interviews.panel(i.id()).size()).sum();
        return feedbackAssignees(applicationId, panel);
    }

    /** Who has a feedback task for the candidate, once the engine has created {@code count} of them. */
    protected List<String> feedbackAssignees(long applicationId, int count) {
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
    protected void openTask(WebDriver web, String requisition, String namePrefix) {
        AtomicReference<WebElement> link = new AtomicReference<>();
        awaitPage(web, "My tasks", () -> {
            List<WebElement> found = taskRows(web, requisition).stream()
                    .map(row -> row.findElement(By.cssSelector("td a")))
                    .filter(a -> a.getText().startsWith(namePrefix)).toList();
            assertThat(found).as(namePrefix + " for " + requisition).isNotEmpty();
            link.set(found.get(0));
        });
        seen(web, personOf(web) + "-tasks");
        clickAndWait(web, link.get());
    }

    /** The rows of the task list on screen that belong to the requisition. */
    protected static List<WebElement> taskRows(WebDriver web, String requisition) {
        return web.findElements(By.cssSelector("#task-table tbody tr")).stream()
                .filter(row -> row.findElements(By.xpath("td[2]/span")).stream()
                        .anyMatch(s -> s.getText().equals(requisition)))
                .toList();
    }

    // --- browsers and pages

    protected WebDriver as(String username) {
        WebDriver web = browsers.get(username);
        if (web == null) {
            web = open(username);
            signIn(web, username, "demo");
        }
        return web;
    }

    protected WebDriver open(String person) {
        while (browsers.size() >= MAX_BROWSERS) {
            String eldest = browsers.keySet().iterator().next();
            browsers.remove(eldest).quit();
        }
        WebDriver web = Browser.open(true);
        browsers.put(person, web);
        viewport(web, DESKTOP_WIDTH, DESKTOP_HEIGHT);
        return web;
    }

    protected void signIn(WebDriver web, String username, String password) {
        web.get("http://localhost:" + port + "/login");
        waitForPage(web);
        type(web, By.id("username"), username);
        type(web, By.id("password"), password);
        submit(web, By.id("sign-in"));
        assertThat(text(web, By.tagName("h1"))).as("home page of " + username).startsWith("Welcome, ");
        seen(web, personOf(web) + "-signed-in");
    }

    protected void clickNav(WebDriver web, String linkText) {
        clickAndWait(web, web.findElement(By.cssSelector("header.topbar")).findElement(By.linkText(linkText)));
    }

    /** Opens the page from the nav until the assertion holds, telling the job executor to look again each time. */
    protected void awaitPage(WebDriver web, String nav, ThrowingRunnable assertion) {
        awaitJobs(() -> {
            clickNav(web, nav);
            assertion.run();
        });
    }

    protected void clickAndWait(WebDriver web, By by) {
        clickAndWait(web, new WebDriverWait(web, PAGE).until(ExpectedConditions.elementToBeClickable(by)));
    }

    protected void clickAndWait(WebDriver web, WebElement element) {
        leave(web, element::click);
    }

    /**
     * Submits the form from the keyboard, as someone without a mouse would: focus the field before the button,
     * press Tab (the button must get the focus) and Enter; then waits for the next page.
     */
    protected void submit(WebDriver web, By button) {
        submit(web, button, null);
    }

    /**
     * Submits a form the server answers with a 409 page (a task that is no longer open): the browser's console
     * reports that status, the only console message the page may have.
     */
    protected void submitExpectingConflict(WebDriver web, By button) {
        submit(web, button, "the server responded with a status of 409");
    }

    private void submit(WebDriver web, By button, String expectedConsoleMessage) {
        WebElement target = new WebDriverWait(web, PAGE).until(ExpectedConditions.elementToBeClickable(button));
        Object before = ((JavascriptExecutor) web).executeScript(FOCUS_BEFORE, target);
        assertThat(before).as("something to tab from before " + button + " on " + web.getCurrentUrl()).isEqualTo(true);
        new Actions(web).sendKeys(Keys.TAB).perform();
        assertThat(((JavascriptExecutor) web).executeScript("return document.activeElement === arguments[0]", target))
                .as("Tab reaches " + button + " on " + web.getCurrentUrl()).isEqualTo(true);
        leave(web, () -> new Actions(web).sendKeys(Keys.ENTER).perform(), expectedConsoleMessage);
    }

    /** Focuses the element that comes before the given one in the page's tab order; false when there is none. */
    private static final String FOCUS_BEFORE = """
            const target = arguments[0];
            const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden' && e.checkVisibility());
            const i = tabbable.indexOf(target);
            if (i < 1) return false;
            tabbable[i - 1].focus();
            return document.activeElement === tabbable[i - 1];
            """;

    /**
     * Acts and waits until the next page has replaced this one: the old page carries a mark that the new one
     * lacks. (Waiting for the old element to go stale races with Chromium's inspector during navigation.)
     */
    private void leave(WebDriver web, Runnable action) {
        leave(web, action, null);
    }

    private void leave(WebDriver web, Runnable action, String expectedConsoleMessage) {
        ((JavascriptExecutor) web).executeScript("window.onrampLeaving = true");
        action.run();
        new WebDriverWait(web, PAGE).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.onrampLeaving === undefined && document.readyState === 'complete'")));
        checkPage(web, expectedConsoleMessage);
    }

    protected static void waitForPage(WebDriver web) {
        new WebDriverWait(web, PAGE).ignoring(WebDriverException.class).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected static void type(WebDriver web, By by, String value) {
        WebElement input = web.findElement(by);
        input.clear();
        input.sendKeys(value);
        assertThat(input.getAttribute("value")).isEqualTo(value);
    }

    /** Types a date as the browser's date input expects it (en-US: month, day, year). */
    protected static void typeDate(WebDriver web, By by, LocalDate date) {
        WebElement input = web.findElement(by);
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        assertThat(input.getAttribute("value")).isEqualTo(date.toString());
    }

    protected static void choose(WebDriver web, String name, String value) {
        web.findElement(By.cssSelector("input[type='radio'][name='" + name + "'][value='" + value + "']")).click();
    }

    protected static String text(WebDriver web, By by) {
        return new WebDriverWait(web, PAGE).until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    protected static void assertFlash(WebDriver web) {
        assertThat(web.findElements(By.cssSelector(".flash-success"))).as("a message saying what happened on "
                + web.getCurrentUrl()).hasSize(1);
    }

    /** The usernames of the checked people in a pool of checkboxes (their values are person ids). */
    protected List<String> checkedUsernames(WebDriver web, String name) {
        return web.findElements(By.cssSelector("input[type='checkbox'][name='" + name + "']:checked")).stream()
                .map(box -> people.get(Long.parseLong(box.getAttribute("value"))).username())
                .collect(Collectors.toList());
    }

    /** Checks the page, and saves the step's screenshots: as it is (1280×800), and on a phone (390×844). */
    protected void seen(WebDriver web, String what) {
        checkPage(web);
        String name = String.format("%s/%02d-%s", journey, ++step, what);
        Browser.screenshot(web, name);
        viewport(web, PHONE_WIDTH, PHONE_HEIGHT);
        try {
            assertThat(((JavascriptExecutor) web).executeScript(SIDEWAYS, PHONE_WIDTH))
                    .as("what sticks out sideways at " + PHONE_WIDTH + " px on " + web.getCurrentUrl())
                    .isEqualTo(List.of());
            Browser.screenshot(web, name + "-phone");
        } finally {
            viewport(web, DESKTOP_WIDTH, DESKTOP_HEIGHT);
        }
    }

    /**
     * Sets the page's viewport exactly (the window's size would include the browser's own bars), and waits for the
     * page to be painted at that size. Not as a "mobile" device: Chromium would then zoom out to fit wide content,
     * hiding what the sideways check is there to find.
     */
    private static void viewport(WebDriver web, int width, int height) {
        ((ChromeDriver) web).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        ((JavascriptExecutor) web).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /**
     * Elements that stick out of the viewport (less its scrollbar), unless a container of theirs scrolls sideways on
     * its own (a wide table or board scrolls inside the page; the page itself does not); answers the viewport's width
     * {@code arguments[0]} as the first entry when it is not what the journey set.
     */
    private static final String SIDEWAYS = """
            if (window.innerWidth !== arguments[0]) return ['viewport ' + window.innerWidth + ' px wide'];
            const width = document.documentElement.clientWidth;
            const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                return false; };
            return [...document.body.querySelectorAll('*')]
                .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > width + 1 && !scrolls(e))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                     + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
            """;

    /**
     * Form fields without a label; field errors that no field in the same field box refers to; primary buttons
     * the keyboard cannot reach; times of day with no zone named beside them (in their cell, item or paragraph,
     * or in their table column's header).
     */
    private static final String USABILITY = """
            const problems = [];
            const what = e => e.outerHTML.slice(0, 140);
            document.querySelectorAll('input, select, textarea').forEach(e => {
                if (['hidden', 'submit', 'button', 'reset', 'image'].includes(e.type)) return;
                const labelled = [...(e.labels || [])].some(l => l.textContent.trim() !== '')
                    || (e.getAttribute('aria-label') || '').trim() !== '' || e.hasAttribute('aria-labelledby');
                if (!labelled) problems.push('no label: ' + what(e));
            });
            document.querySelectorAll('.field-error').forEach(err => {
                const box = err.closest('.field, fieldset');
                const owner = err.id && document.querySelector('[aria-describedby~="' + err.id + '"]');
                if (!box || !owner || owner.closest('.field, fieldset') !== box) problems.push('error away from its field: ' + what(err));
            });
            document.querySelectorAll('button.primary, .button.primary').forEach(b => {
                if (b.checkVisibility() && (b.tabIndex < 0 || b.disabled)) problems.push('primary action not reachable by keyboard: ' + what(b));
            });
            const time = /(^|[^\\d:])([01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])/;
            const zone = /\\b(UTC|GMT)\\b|\\b[A-Z][A-Za-z_]+\\/[A-Z][A-Za-z_+\\-]+/;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!time.test(n.textContent) || !el || el.closest('script, style, option, textarea') || !el.checkVisibility()) continue;
                const box = el.closest('li, td, th, dd, p, h1, h2, h3, label, legend, div') || el;
                const cell = el.closest('td');
                const header = cell && cell.closest('table') ? cell.closest('table').querySelectorAll('thead th')[cell.cellIndex] : null;
                if (!zone.test(box.textContent) && !(header && zone.test(header.textContent))) problems.push('time without its zone: ' + box.textContent.trim().replace(/\\s+/g, ' ').slice(0, 140));
            }
            return problems;
            """;

    /**
     * No error page, no untranslated key, no console error, no script that ran from the data, and the usability
     * checks of {@link #USABILITY}.
     */
    private static void checkPage(WebDriver web) {
        checkPage(web, null);
    }

    private static void checkPage(WebDriver web, String expectedConsoleMessage) {
        assertThatThrownBy(() -> web.switchTo().alert()).as("an alert on " + web.getCurrentUrl())
                .isInstanceOf(NoAlertPresentException.class);
        List<String> headings = web.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList();
        assertThat(headings).as("error page at " + web.getCurrentUrl()).doesNotContainAnyElementsOf(ERROR_HEADINGS);
        assertThat(web.getPageSource()).as("untranslated message key on " + web.getCurrentUrl()).doesNotContain("??");
        List<String> errors = web.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico"))
                .filter(m -> expectedConsoleMessage == null || !m.contains(expectedConsoleMessage)).toList();
        assertThat(errors).as("browser console on " + web.getCurrentUrl()).isEmpty();
        assertThat(((JavascriptExecutor) web).executeScript(USABILITY)).as("usability on " + web.getCurrentUrl())
                .isEqualTo(List.of());
        assertThat(((JavascriptExecutor) web).executeScript(SIDEWAYS, DESKTOP_WIDTH))
                .as("what sticks out sideways at " + DESKTOP_WIDTH + " px on " + web.getCurrentUrl()).isEqualTo(List.of());
    }

    protected String personOf(WebDriver web) {
        return browsers.entrySet().stream().filter(e -> e.getValue() == web).map(Map.Entry::getKey)
                .findFirst().orElse("someone");
    }

    // --- the engine

    /** Moves the engine clock (and so the application's) just past the last interview's end. */
    protected void moveClockPast(List<Interview> held) {
        Instant end = held.stream().map(Interview::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        moveClockTo(end.plusSeconds(60));
    }

    protected void moveClockTo(Instant now) {
        ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
    }

    /**
     * Waits for the job executor. Timers that fell due because the clock moved create no new job, so the idle
     * executor (which backs off up to a minute) is told to look again on every poll.
     */
    protected void awaitJobs(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(WebDriverException.class).untilAsserted(() -> {
            engine.getJobExecutor().jobWasAdded();
            assertion.run();
        });
    }

    protected Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
