package dev.onramp.mail;

import dev.onramp.mail.OutboxEntry.StoredAttachment;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link Outbox} holds, oldest due first, every few seconds, a batch at a time over one connection.
 * A message is claimed before it is sent
 * (so two nodes never send it both), marked sent after the server took it, and after a failure tried again later
 * with growing waits (1, 2, 4 … minutes, at most an hour) until {@link MailProperties#maxAttempts()}, then marked
 * failed for an admin to retry. Without a mail server configured ({@code spring.mail.host}) nothing is sent: the
 * messages stay in the outbox, readable at {@code /admin/mail}. Logs name message ids, never recipients or content.
 * <p>A server that accepts the connection and then says nothing must not hold a message past its claim (another node
 * would send it too): unless configured otherwise ({@code spring.mail.properties.mail.smtp.*timeout}), every wait on
 * the server is cut at {@link #SERVER_TIMEOUT}, well inside {@link #CLAIM}. A crash between claim and send loses
 * nothing: the claim runs out and the next round sends the message.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final int BATCH = 20;
    /** The default of {@code onramp.mail.claim}. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration MAX_WAIT = Duration.ofHours(1);
    static final Duration SERVER_TIMEOUT = Duration.ofSeconds(20);
    static final List<String> TIMEOUTS = List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout",
            "mail.smtp.writetimeout");

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Clock clock;

    @Autowired
    OutboxWorker(JdbcClient jdbc, Outbox outbox, ObjectProvider<JavaMailSender> sender, MailProperties properties,
                 Clock clock) {
        this(jdbc, outbox, sender.getIfAvailable(), properties, clock);
    }

    /** With {@code sender} null nothing is sent. */
    OutboxWorker(JdbcClient jdbc, Outbox outbox, JavaMailSender sender, MailProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        if (sender instanceof JavaMailSenderImpl smtp) {
            TIMEOUTS.forEach(t -> smtp.getJavaMailProperties().putIfAbsent(t, String.valueOf(SERVER_TIMEOUT.toMillis())));
        }
    }

    boolean sends() {
        return sender != null;
    }

    @Scheduled(fixedDelayString = "${onramp.mail.poll-interval:PT5S}", initialDelayString = "${onramp.mail.poll-interval:PT5S}")
    void poll() {
        if (sends()) {
            sendDue();
        }
    }

    /**
     * Sends every message due now, in batches of {@value #BATCH}, each batch over one connection to the server;
     * returns how many the server took.
     */
    int sendDue() {
        int sent = 0;
        List<Long> due;
        do {
            due = due();
            sent += send(due.stream().filter(this::claim).toList());
        } while (due.size() == BATCH);
        return sent;
    }

    private List<Long> due() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                SELECT id FROM mail_outbox
                 WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                 ORDER BY next_attempt_at, id LIMIT ?
                """).params(now, now, BATCH).query(Long.class).list();
    }

    /** Takes the message for this node for a while; false when another node has it or it was sent meanwhile. */
    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE mail_outbox SET claimed_until = ?
                 WHERE id = ? AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)
                """).params(Timestamp.from(now.plus(properties.claim())), id, Timestamp.from(now)).update() == 1;
    }

    /**
     * Sends the claimed messages over one connection. The server may take some and refuse others: each is marked
     * as the server answered it ({@link MailSendException#getFailedMessages()} names exactly those not sent).
     */
    private int send(List<Long> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<MimeMessage, OutboxEntry> batch = new LinkedHashMap<>();
        for (long id : claimed) {
            OutboxEntry entry = outbox.get(id);
            try {
                batch.put(mime(entry, outbox.attachments(id)), entry);
            } catch (MessagingException e) {
                failed(entry, e);
            }
        }
        Map<Object, Exception> failures;
        try {
            sender.send(batch.keySet().toArray(MimeMessage[]::new));
            failures = Map.of();
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) {
            failures = new HashMap<>();
            for (MimeMessage mime : batch.keySet()) {
                failures.put(mime, e);
            }
        }
        int sent = 0;
        for (Map.Entry<MimeMessage, OutboxEntry> m : batch.entrySet()) {
            Exception failure = failures.get(m.getKey());
            if (failure != null) {
                failed(m.getValue(), failure);
            } else {
                sent(m.getValue());
                sent++;
            }
        }
        return sent;
    }

    private void sent(OutboxEntry entry) {
        jdbc.sql("""
                UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = NULL,
                                       last_error = NULL
                 WHERE id = ?
                """).params(Timestamp.from(clock.instant()), entry.id()).update();
        log.info("Mail {} sent", entry.id());
    }

    private MimeMessage mime(OutboxEntry entry, List<StoredAttachment> attachments) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(entry.recipients().toArray(String[]::new));
        helper.setSubject(entry.subject());
        if (entry.html() == null) {
            helper.setText(entry.text(), false);
        } else {
            helper.setText(entry.text(), entry.html());
        }
        for (StoredAttachment a : attachments) {
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.content().getBytes(StandardCharsets.UTF_8)),
                    a.contentType());
        }
        mime.setHeader("X-Onramp-Message-Key", entry.idempotencyKey());
        // one Message-ID per outbox message, the same on every attempt: a message sent again because its "sent" could
        // not be recorded (the node died, the database went away) is the same message to the recipient's mail client
        mime.setHeader("Message-ID", messageId(entry));
        return mime;
    }

    static String messageId(OutboxEntry entry) {
        return "<onramp-outbox-" + entry.id() + "@onramp>";
    }

    private void failed(OutboxEntry entry, Exception e) {
        int attempts = entry.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(wait(attempts));
        String error = describe(e);
        jdbc.sql("""
                UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL, last_error = ?
                 WHERE id = ?
                """).params(giveUp ? "FAILED" : "PENDING", attempts, Timestamp.from(next),
                        error.length() > 1000 ? error.substring(0, 1000) : error, entry.id()).update();
        log.warn("Mail {} not sent (attempt {}{}): {}", entry.id(), attempts, giveUp ? ", given up" : "",
                e.getClass().getSimpleName());
    }

    /**
     * What went wrong, for admins: the exception and what it wraps (a refused recipient is a {@code SendFailedException}
     * whose next exception carries the server's answer, such as {@code 550 5.1.1 …}).
     */
    static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 4; depth++) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : t.getCause();
            t = next == t ? null : next;
        }
        return text.toString();
    }

    /** 1 minute after the first failure, then twice as long each time, at most an hour. */
    static Duration wait(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
