package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The worker hands queued mail to a real SMTP server (GreenMail): once, with its attachment; later when the server
 * was down; after a crash, whatever was committed. The worker is built here on the application's outbox, with a mail
 * sender of the test's choosing (the application itself runs without a mail server in tests).
 */
@OnrampAppTest
class OutboxWorkerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WebTest web;

    private OutboxWorker worker(JavaMailSenderImpl sender, Duration ahead, int maxAttempts) {
        return new OutboxWorker(jdbc, outbox, sender, new MailProperties("Onramp <onramp@example.com>", maxAttempts),
                Clock.offset(clock, ahead));
    }

    private JavaMailSenderImpl greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    /** A server that is not there: a port that was free a moment ago. */
    private static JavaMailSenderImpl down() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
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

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@example.com";
    }

    @Test
    void shouldSendAQueuedMessageWithItsAttachmentOnce() throws Exception {
        String to = unique("ada");
        String key = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(key, to));
        OutboxWorker worker = worker(greenMail(), Duration.ZERO, 10);

        worker.sendDue();
        worker.sendDue();

        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Your interview on Tuesday");
        assertThat(mail.getFrom()[0].toString()).contains("onramp@example.com");
        assertThat(mail.getHeader("X-Onramp-Message-Key")[0]).isEqualTo(key);
        assertThat(GreenMailUtil.getBody(mail)).contains("See you then.");
        BodyPart attachment = attachment((Multipart) mail.getContent());
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(content);
        assertThat(content.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        OutboxEntry entry = outbox.findByKey(key).orElseThrow();
        assertThat(mail.getMessageID()).as("one Message-ID per outbox message, the same on a resend")
                .isEqualTo("<onramp-outbox-" + entry.id() + "@onramp>");
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.sentAt()).isNotNull();
    }

    @Test
    void shouldKeepAMessageQueuedWhileTheServerIsDownAndSendItLater() throws Exception {
        String to = unique("grace");
        String key = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(key, to));

        worker(down(), Duration.ZERO, 10).sendDue();

        OutboxEntry failed = outbox.findByKey(key).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant().plusSeconds(50));

        worker(greenMail(), Duration.ZERO, 10).sendDue();
        assertThat(receivedBy(to)).as("not yet due again").isEmpty();

        worker(greenMail(), Duration.ofMinutes(2), 10).sendDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(outbox.findByKey(key).orElseThrow().status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptAndSendAgainWhenAnAdminRetries() throws Exception {
        String to = unique("alan");
        String key = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(key, to));
        JavaMailSenderImpl down = down();

        worker(down, Duration.ZERO, 2).sendDue();
        worker(down, Duration.ofMinutes(5), 2).sendDue();

        OutboxEntry given = outbox.findByKey(key).orElseThrow();
        assertThat(given.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(given.attempts()).isEqualTo(2);
        worker(greenMail(), Duration.ofHours(3), 2).sendDue();
        assertThat(receivedBy(to)).as("given up: not sent on its own").isEmpty();

        assertThat(outbox.retry(given.id())).isTrue();
        assertThat(outbox.retry(given.id())).as("only a message given up").isFalse();
        worker(greenMail(), Duration.ZERO, 2).sendDue();
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void shouldSendAfterARestartWhatWasCommittedOrClaimedBeforeACrash() throws Exception {
        String committed = unique("katherine");
        String claimed = unique("dorothy");
        outbox.enqueue(OutboxTest.message(OutboxTest.key(), committed));
        String claimedKey = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(claimedKey, claimed));
        // a node claimed this one and died before it sent it
        jdbc.sql("UPDATE mail_outbox SET claimed_until = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(clock.instant().plus(OutboxWorker.CLAIM)), claimedKey).update();

        worker(greenMail(), Duration.ZERO, 10).sendDue();
        assertThat(receivedBy(committed)).hasSize(1);
        assertThat(receivedBy(claimed)).as("still claimed by the node that died").isEmpty();

        worker(greenMail(), OutboxWorker.CLAIM.plusSeconds(1), 10).sendDue();
        assertThat(receivedBy(claimed)).hasSize(1);
        assertThat(receivedBy(committed)).hasSize(1);
    }

    @Test
    void shouldKeepAMessageTheServerRefusesQueuedAndShowAdminsWhy() throws Exception {
        String to = unique("refused");
        String key = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(key, to));

        try (FakeSmtp refusing = FakeSmtp.refusingRecipients()) {
            worker(refusing.sender(), Duration.ZERO, 10).sendDue();
        }

        OutboxEntry refused = outbox.findByKey(key).orElseThrow();
        assertThat(refused.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).contains("550 5.1.1 mailbox unavailable");
        Page page = web.signedIn("admin").get("/admin/mail/" + refused.id());
        assertThat(page.text("main")).contains("550 5.1.1 mailbox unavailable");

        worker(greenMail(), Duration.ofMinutes(2), 10).sendDue();
        assertThat(receivedBy(to)).as("sent once the server takes it").hasSize(1);
    }

    @Test
    void shouldKeepAMessageQueuedWhenTheServerDoesNotAnswerInTime() throws Exception {
        String to = unique("silent");
        String key = OutboxTest.key();
        outbox.enqueue(OutboxTest.message(key, to));

        try (FakeSmtp silent = FakeSmtp.silent()) {
            JavaMailSenderImpl sender = silent.sender();
            sender.getJavaMailProperties().put("mail.smtp.timeout", "500");
            worker(sender, Duration.ZERO, 10).sendDue();
        }

        OutboxEntry waiting = outbox.findByKey(key).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        worker(greenMail(), Duration.ofMinutes(2), 10).sendDue();
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void shouldCutEveryWaitOnTheServerWellInsideTheClaimUnlessConfigured() {
        JavaMailSenderImpl configured = new JavaMailSenderImpl();
        configured.getJavaMailProperties().put("mail.smtp.timeout", "5000");

        worker(configured, Duration.ZERO, 10);

        assertThat(configured.getJavaMailProperties())
                .containsEntry("mail.smtp.timeout", "5000")
                .containsEntry("mail.smtp.connectiontimeout", String.valueOf(OutboxWorker.SERVER_TIMEOUT.toMillis()))
                .containsEntry("mail.smtp.writetimeout", String.valueOf(OutboxWorker.SERVER_TIMEOUT.toMillis()));
        assertThat(OutboxWorker.SERVER_TIMEOUT.multipliedBy(3)).isLessThan(OutboxWorker.CLAIM);
    }

    @Test
    void shouldSendEachMessageOnceWhenTwoOutboxWorkersRunAtTheSameTime() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String to = unique("twice" + i);
            recipients.add(to);
            outbox.enqueue(OutboxTest.message(OutboxTest.key(), to));
        }
        OutboxWorker one = worker(greenMail(), Duration.ZERO, 10);
        OutboxWorker other = worker(greenMail(), Duration.ZERO, 10);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(one::sendDue);
            var second = pool.submit(other::sendDue);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        for (String to : recipients) {
            assertThat(receivedBy(to)).as(to).hasSize(1);
        }
    }

    @Test
    void shouldWaitLongerAfterEachFailureUpToAnHour() {
        assertThat(OutboxWorker.wait(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxWorker.wait(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxWorker.wait(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxWorker.wait(7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxWorker.wait(40)).isEqualTo(Duration.ofHours(1));
    }

    private static BodyPart attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = attachment(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
