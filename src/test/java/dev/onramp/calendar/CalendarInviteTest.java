package dev.onramp.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.interview.BookedInterviews;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.Venue;
import dev.onramp.mail.Outbox;
import dev.onramp.mail.OutboxEntry;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calendar invites of a booked interview: what is queued for whom (one per person and version), what the .ics says
 * once parsed back with ical4j, the candidate's hostile name escaped in the HTML mail and kept as text in the .ics,
 * the venue fields of the schedule form, and who may download {@code /interviews/{id}.ics}.
 */
@OnrampAppTest
class CalendarInviteTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz";

    @Autowired
    BookedInterviews booked;
    @Autowired
    CandidateJourney journey;
    @Autowired
    Outbox outbox;
    @Autowired
    PersonRepository people;
    @Autowired
    InterviewInvites invites;
    @Autowired
    WebTest web;

    @Test
    void shouldQueueARequestForEveryoneOnThePanelAndTheCandidateThatParsesBack() throws Exception {
        Interview interview = booked.book("Ada Invited", "Asia/Kolkata",
                new Venue("Room 4, Berlin office", "https://meet.example.com/ada"));
        List<String> panel = booked.panel(interview);

        OutboxEntry candidateMail = outbox.findByKey("invite-" + interview.id() + "-0-candidate").orElseThrow();
        assertThat(candidateMail.subject()).isEqualTo("Interview invitation: Pair programming");
        assertThat(candidateMail.text()).contains("(Asia/Kolkata)").contains("Where: Room 4, Berlin office")
                .contains("https://meet.example.com/ada");
        for (String username : panel) {
            long personId = people.findByUsername(username).orElseThrow().id();
            OutboxEntry mail = outbox.findByKey("invite-" + interview.id() + "-0-p" + personId).orElseThrow();
            assertThat(mail.recipients()).containsExactly(people.get(personId).email());
            assertThat(mail.text()).contains("(" + people.get(personId).timeZone().getId() + ")");
        }
        var attachment = outbox.attachments(candidateMail.id()).get(0);
        assertThat(attachment.fileName()).isEqualTo("invite.ics");
        assertThat(attachment.contentType()).startsWith("text/calendar; method=REQUEST");

        Calendar calendar = parse(attachment.content());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents().get(0);
        assertThat(value(event, Property.UID)).isEqualTo("interview-" + interview.id() + "@localhost");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTART)).endsWith("Z");
        assertThat(java.time.Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(interview.startsAt());
        assertThat(java.time.Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(interview.endsAt());
        assertThat(value(event, Property.LOCATION)).isEqualTo("Room 4, Berlin office");
        assertThat(value(event, Property.URL)).isEqualTo("https://meet.example.com/ada");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:" + people.findByUsername("rita").orElseThrow().email());
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).hasSize(panel.size() + 1);
        assertThat(attendees).extracting(a -> a.getCalAddress().toString())
                .contains("mailto:" + candidateMail.recipients().get(0));
    }

    @Test
    void shouldKeepAHostileCandidateNameAsEscapedTextInTheMailAndAsTextInTheInvite() throws Exception {
        Interview interview = booked.book(HOSTILE, "Europe/Warsaw", Venue.NONE);
        String panelist = booked.panel(interview).get(0);
        long personId = people.findByUsername(panelist).orElseThrow().id();

        OutboxEntry mail = outbox.findByKey("invite-" + interview.id() + "-0-p" + personId).orElseThrow();

        assertThat(mail.html()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt; O&#39;Brien-Łukasiewicz");
        assertThat(mail.text()).contains(HOSTILE);
        String ics = outbox.attachments(mail.id()).get(0).content();
        VEvent event = parse(ics).<VEvent>getComponents().get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Interview: Pair programming (" + HOSTILE + ")");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(a -> a.<Cn>getParameter(Parameter.CN).orElseThrow().getValue())
                .contains(HOSTILE);
    }

    @Test
    void shouldLetThePanelRecruitersAndTheHiringManagerDownloadTheInviteAndNobodyElse() throws Exception {
        Interview interview = booked.book("Ics Download", "Europe/Lisbon", Venue.NONE);
        String path = "/interviews/" + interview.id() + ".ics";
        String panelist = booked.panel(interview).get(0);

        Page rita = web.signedIn("rita").get(path);
        assertThat(rita.status()).isEqualTo(200);
        assertThat(rita.contentType()).startsWith("text/calendar");
        assertThat(rita.header("Content-Disposition")).contains("interview-" + interview.id() + ".ics");
        assertThat(value(parse(rita.html()).<VEvent>getComponents().get(0), Property.UID))
                .isEqualTo(invites.uid(interview.id()));
        assertThat(web.signedIn(panelist).get(path).status()).isEqualTo(200);
        assertThat(web.signedIn("admin").get(path).status()).isEqualTo(200);
        assertThat(web.signedIn("ivan").get(path).status()).as("not on this panel").isEqualTo(404);
        assertThat(web.signedIn("hank").get(path).status()).as("another team's hiring manager").isEqualTo(404);
        assertThat(web.signedIn("rita").get("/interviews/987654321.ics").status()).isEqualTo(404);
    }

    @Test
    void shouldCheckTheVenueOnTheScheduleFormAndKeepWhatWasTyped() {
        Application application = journey.atFirstStage("kibana", "Venue Checked", "Asia/Kolkata");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        String form = "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
        Visitor rita = web.signedIn("rita");
        String karl = String.valueOf(people.findByUsername("karl").orElseThrow().id());
        Page page = rita.get(form + "?interviewers=" + karl);
        String slot = page.select("#slots input[type=radio][name=slot][checked]").get(0).val();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", karl);
        fields.put("slot", slot);
        fields.put("otherZone", "Europe/Madrid");
        fields.put("location", "x".repeat(Venue.MAX_LOCATION + 1));
        fields.put("videoLink", "javascript:alert(1)");

        Page response = rita.post(form, fields);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#videoLink-error")).startsWith("Give a link starting with https://");
        assertThat(response.text("#location-error")).contains("at most 200 characters");
        assertThat(response.value("#videoLink")).isEqualTo("javascript:alert(1)");
        fields.put("location", "Room 4");
        fields.put("videoLink", "https://meet.example.com/venue");
        assertThat(rita.post(form, fields).status()).isEqualTo(302);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
