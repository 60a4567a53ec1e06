package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.interview.Interview;
import dev.onramp.mail.Outbox;
import dev.onramp.mail.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The candidate picks the time, in the browser: rita lets a Kibana candidate choose, the candidate opens the link from
 * the e-mail (read from the outbox) in a browser with no account, picks a time in their zone and sees it booked; rita
 * sees the interview on the application. Screenshots go to {@code target/journey/self-scheduling/}.
 */
class SelfSchedulingBrowserIT extends BrowserJourney {

    private static final String ZONE = "Asia/Kathmandu";
    private static final Pattern LINK = Pattern.compile("(https?://[^\\s/]+)(/schedule/[A-Za-z0-9_-]{43})");

    @Autowired
    Outbox outbox;
    @Value("${onramp.base-url}")
    String baseUrl;

    SelfSchedulingBrowserIT() {
        super("self-scheduling", "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz");
    }

    @Test
    void shouldLetTheCandidatePickTheTimeFromTheEmailedLink() {
        String email = "self-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        // 1. rita opens a Kibana requisition (its first stage is a live interview), adds and screens the candidate
        String requisition = openRequisition("Kibana", "karl");
        long applicationId = addCandidate(email, ZONE, "NP");
        screenIn(requisition, ZONE);

        // 2. on the schedule form she keeps the proposed panel and lets the candidate choose
        WebDriver rita = as("rita");
        openTask(rita, requisition, "Schedule interview: ");
        assertThat(checkedUsernames(rita, "interviewers")).isNotEmpty();
        choose(rita, "slot", "candidate");
        seen(rita, "rita-lets-the-candidate-choose");
        submit(rita, By.id("schedule"));
        assertFlash(rita);
        assertThat(rita.getCurrentUrl()).endsWith("/applications/" + applicationId);
        seen(rita, "rita-link-sent");
        assertThat(interviews.findByApplication(applicationId)).isEmpty();

        // 3. the candidate gets the e-mail with the full link, and opens it without an account
        OutboxEntry mail = outbox.recent(null, 500).stream().filter(m -> m.recipients().contains(email))
                .findFirst().orElseThrow();
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a full link in " + mail.text()).isTrue();
        assertThat(link.group(1) + link.group(2)).startsWith(baseUrl.replaceAll("/+$", "") + "/schedule/");
        WebDriver candidateBrowser = open("candidate");
        candidateBrowser.get("http://localhost:" + port + link.group(2));
        waitForPage(candidateBrowser);
        assertThat(text(candidateBrowser, By.id("self-schedule-zone"))).contains(ZONE);
        assertThat(text(candidateBrowser, By.tagName("main"))).contains(candidate);
        List<WebElement> times = candidateBrowser.findElements(By.cssSelector("#slots input[name='slot']"));
        assertThat(times).isNotEmpty();
        seen(candidateBrowser, "candidate-self-schedule");

        // 4. picks the first time and sees it booked, in their zone
        String start = times.get(0).getAttribute("value");
        choose(candidateBrowser, "slot", start);
        submit(candidateBrowser, By.id("pick"));
        assertThat(text(candidateBrowser, By.tagName("h1"))).isEqualTo("Your interview is booked");
        assertThat(text(candidateBrowser, By.id("booked-time"))).endsWith("(" + ZONE + ")");
        seen(candidateBrowser, "candidate-booked");

        // 5. rita sees it booked on the application, and the schedule task is done
        Interview interview = interviews.findByApplication(applicationId).stream().findFirst().orElseThrow();
        assertThat(interview.startsAt()).isEqualTo(Instant.parse(start));
        rita = as("rita");
        rita.get("http://localhost:" + port + "/applications/" + applicationId);
        waitForPage(rita);
        assertThat(text(rita, By.tagName("main"))).contains(interview.stageName());
        seen(rita, "rita-sees-it-booked");
        assertThat(taskRowsAfterRefresh(rita, requisition)).noneMatch(row -> row.startsWith("Schedule interview: "));
    }

    private List<String> taskRowsAfterRefresh(WebDriver rita, String requisition) {
        clickNav(rita, "My tasks");
        return taskRows(rita, requisition).stream().map(WebElement::getText).toList();
    }
}
