package dev.onramp.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.system.OnrampAppTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail is queued in the transaction of the change that causes it, once per idempotency key. */
@OnrampAppTest
class OutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    static MailMessage message(String key, String to) {
        return new MailMessage(key, List.of(to), "Your interview on Tuesday", "See you then.", "<p>See you then.</p>",
                List.of(new MailMessage.Attachment("invite.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")));
    }

    static String key() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void shouldSendNothingForAChangeThatRolledBack() {
        String key = key();
        transactions.executeWithoutResult(status -> {
            assertThat(outbox.enqueue(message(key, "ada@example.com"))).isTrue();
            status.setRollbackOnly();
        });
        assertThat(outbox.findByKey(key)).isEmpty();
    }

    @Test
    void shouldQueueEachIdempotencyKeyOnceWithItsAttachments() {
        String key = key();
        assertThat(outbox.enqueue(message(key, "ada@example.com"))).isTrue();
        assertThat(outbox.enqueue(message(key, "ada@example.com"))).isFalse();

        OutboxEntry entry = outbox.findByKey(key).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(entry.recipients()).containsExactly("ada@example.com");
        assertThat(entry.attempts()).isZero();
        assertThat(outbox.attachments(entry.id())).singleElement()
                .satisfies(a -> assertThat(a.content()).startsWith("BEGIN:VCALENDAR"));
        assertThat(outbox.backlog().pending()).isPositive();
    }

    @Test
    void shouldRefuseWhatIsNotAnAddressBeforeItIsQueued() {
        for (String bad : List.of("", "ada", "ada@example.com, bob@example.com", "Ada <ada@example.com>",
                "ada@example.com\r\nBcc: eve@example.com", "a".repeat(250) + "@example.com")) {
            assertThat(MailMessage.isAddress(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> message(key(), bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(MailMessage.isAddress("ada.lovelace+jobs@example.co.uk")).isTrue();
    }

    @Test
    void shouldRefuseASubjectThatCouldAddHeaders() {
        assertThatThrownBy(() -> new MailMessage(key(), List.of("ada@example.com"), "Hi\r\nBcc: eve@example.com", "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
