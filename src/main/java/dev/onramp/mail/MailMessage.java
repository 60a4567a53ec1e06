package dev.onramp.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * One e-mail to queue in the {@link Outbox}: rendered already (subject, plain text and HTML), with its text
 * attachments (calendar invites). The idempotency key names the cause (for example {@code invite-42-3}): the same
 * key is queued once, however often the cause is retried.
 */
public record MailMessage(String idempotencyKey, List<String> to, String subject, String text, String html,
                          List<Attachment> attachments) {

    public static final int MAX_KEY = 200;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_RECIPIENTS = 2000;

    public MailMessage {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("An idempotency key of 1 to " + MAX_KEY + " characters is needed");
        }
        to = List.copyOf(to);
        if (to.isEmpty() || String.join(",", to).length() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("A message needs recipients, at most " + MAX_RECIPIENTS + " characters of them");
        }
        to.forEach(MailMessage::requireAddress);
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            throw new IllegalArgumentException("A subject of one line of 1 to " + MAX_SUBJECT + " characters is needed");
        }
        if (text == null) {
            throw new IllegalArgumentException("A message needs its plain text");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MailMessage(String idempotencyKey, List<String> to, String subject, String text, String html) {
        this(idempotencyKey, to, subject, text, html, List.of());
    }

    /** A text attachment, such as {@code invite.ics} of type {@code text/calendar; method=REQUEST}. */
    public record Attachment(String fileName, String contentType, String content) {

        public Attachment {
            if (fileName == null || fileName.isBlank() || contentType == null || contentType.isBlank() || content == null) {
                throw new IllegalArgumentException("An attachment needs a file name, a content type and content");
            }
        }
    }

    /** Whether {@code address} is one plain e-mail address (as a form would check it before it gets here). */
    public static boolean isAddress(String address) {
        if (address == null || address.isBlank() || address.length() > 254 || address.contains(",")) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed.getPersonal() == null && address.equals(parsed.getAddress()) && address.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static void requireAddress(String address) {
        if (!isAddress(address)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }
}
