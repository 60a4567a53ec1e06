package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.BookedInterviews;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewLifecycle;
import dev.onramp.interview.Venue;
import dev.onramp.system.OnrampAppTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An interview booked, moved and cancelled: the candidate receives three mails over real SMTP (GreenMail), each with
 * an invite.ics that parses back with ical4j — one UID throughout, SEQUENCE raised each time, METHOD:CANCEL last.
 */
@OnrampAppTest
class CalendarInviteMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    BookedInterviews booked;
    @Autowired
    InterviewLifecycle lifecycle;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void shouldSendTheInviteItsUpdateAndItsCancellationWithOneUidAndARisingSequence() throws Exception {
        Interview interview = booked.book("Grace Updated", "America/Sao_Paulo",
                new Venue(null, "https://meet.example.com/grace"));
        String candidate = applications.get(interview.applicationId()).candidateEmail();
        var rita = booked.user("rita");
        lifecycle.reschedule(interview.id(), 0, interview.startsAt().plus(Duration.ofDays(1)), "Candidate asked", true,
                rita);
        lifecycle.cancel(interview.id(), 1, "Role paused", rita);

        worker().sendDue();

        List<MimeMessage> received = receivedBy(candidate);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "Interview invitation: Pair programming", "Interview moved: Pair programming",
                "Interview cancelled: Pair programming");
        List<String> uids = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> contentTypes = new ArrayList<>();
        for (MimeMessage mail : received) {
            BodyPart ics = attachment((Multipart) mail.getContent());
            contentTypes.add(ics.getContentType());
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            ics.getInputStream().transferTo(content);
            Calendar calendar = new CalendarBuilder().build(new StringReader(content.toString(StandardCharsets.UTF_8)));
            methods.add(calendar.getProperty(Property.METHOD).orElseThrow().getValue());
            VEvent event = calendar.<VEvent>getComponents().get(0);
            uids.add(event.getProperty(Property.UID).orElseThrow().getValue());
            sequences.add(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        }
        assertThat(uids).containsOnly("interview-" + interview.id() + "@localhost");
        assertThat(sequences).containsExactly("0", "1", "2");
        assertThat(methods).containsExactly("REQUEST", "REQUEST", "CANCEL");
        assertThat(contentTypes.get(0)).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(contentTypes.get(2)).contains("method=CANCEL");

        worker().sendDue();
        assertThat(receivedBy(candidate)).as("each version once").hasSize(3);
    }

    private OutboxWorker worker() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new OutboxWorker(jdbc, outbox, sender, new MailProperties("Onramp <onramp@example.com>", 10), clock);
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Address[] to = m.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static BodyPart attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if ("invite.ics".equals(part.getFileName())) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = attachmentOrNull(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no invite.ics attached");
    }

    private static BodyPart attachmentOrNull(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            if ("invite.ics".equals(multipart.getBodyPart(i).getFileName())) {
                return multipart.getBodyPart(i);
            }
        }
        return null;
    }
}
