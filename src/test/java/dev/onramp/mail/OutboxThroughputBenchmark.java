package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.onramp.system.OnrampAppTest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox's throughput, messages per second: queueing (one transaction per message, as a cause queues it) and
 * sending into a real SMTP server (GreenMail, in this JVM, so the figure is Onramp's side: claim, render the MIME
 * message, SMTP, mark sent). Not part of the test run (its name ends in neither Test nor IT); run it alone:
 * {@code ./mvnw -B -o test -Dtest=OutboxThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Doutbox.bench.messages=2000]}. It prints its figures; it asserts only that every message arrived once.
 */
@OnrampAppTest
class OutboxThroughputBenchmark {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void shouldMeasureHowManyMessagesPerSecondTheOutboxQueuesAndSends() throws Exception {
        int messages = Integer.getInteger("outbox.bench.messages", 2000);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        OutboxWorker worker = new OutboxWorker(jdbc, outbox, sender, new MailProperties("Onramp <onramp@example.com>", 10),
                clock);
        worker.sendDue(); // whatever the demo data queued, and a warm connection path
        smtp.purgeEmailFromAllMailboxes();
        warmUp(worker);

        String run = Long.toString(System.nanoTime(), 36);
        long queueStart = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(message("bench-" + run + "-" + i, "bench" + (i % 50) + "@example.com", i));
        }
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;

        long sendStart = System.nanoTime();
        int sent = 0;
        while (sent < messages) {
            int round = worker.sendDue();
            if (round == 0) {
                break;
            }
            sent += round;
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;

        assertThat(sent).isEqualTo(messages);
        assertThat(smtp.getReceivedMessages()).hasSize(messages);

        // for scale: the same number of messages handed straight to the server over one connection, no outbox
        smtp.purgeEmailFromAllMailboxes();
        jakarta.mail.internet.MimeMessage[] direct = new jakarta.mail.internet.MimeMessage[messages];
        for (int i = 0; i < messages; i++) {
            direct[i] = sender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(direct[i], true, "UTF-8");
            MailMessage m = message("direct-" + i, "bench" + (i % 50) + "@example.com", i);
            helper.setFrom("onramp@example.com");
            helper.setTo(m.to().get(0));
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html());
        }
        long directStart = System.nanoTime();
        sender.send(direct);
        double directSeconds = (System.nanoTime() - directStart) / 1e9;

        System.out.println(String.format(Locale.ROOT,
                "OUTBOX BENCHMARK: %d messages; queued in %.2f s = %.0f messages/s; sent in %.2f s = %.0f messages/s;"
                        + " the server alone (one connection, no outbox): %.2f s = %.0f messages/s",
                messages, queueSeconds, messages / queueSeconds, sendSeconds, messages / sendSeconds,
                directSeconds, messages / directSeconds));
    }

    /** A few hundred messages through the whole path first, so the JIT has compiled it. */
    private void warmUp(OutboxWorker worker) throws Exception {
        String run = "warm-" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 200; i++) {
            outbox.enqueue(message(run + "-" + i, "warm@example.com", i));
        }
        worker.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    /** About the size of an interview invite: a subject, a text and an HTML part of a few hundred bytes. */
    private static MailMessage message(String key, String to, int i) {
        String text = "Hello,\n\nyour interview #" + i + " is on Tuesday at 10:00 (Europe/Lisbon).\n".repeat(4);
        String html = "<p>Hello,</p>" + "<p>your interview #" + i + " is on <b>Tuesday at 10:00</b> (Europe/Lisbon).</p>".repeat(4);
        return new MailMessage(key, List.of(to), "Interview #" + i, text, html);
    }
}
