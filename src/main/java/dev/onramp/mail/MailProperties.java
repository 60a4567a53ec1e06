package dev.onramp.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onramp.mail.*}: the sender address, and how often a message is tried before it is given up (an admin can
 * send it again). The mail server itself is Spring Boot's {@code spring.mail.host}, {@code port}, {@code username}…
 */
@ConfigurationProperties("onramp.mail")
public record MailProperties(String from, int maxAttempts, Duration claim) {

    /**
     * {@code claim}: how long a node holds a message it is sending; a node that died holding one leaves it for this
     * long, then another node sends it (so it must exceed the longest send; tests shorten it).
     */
    @ConstructorBinding
    public MailProperties(@DefaultValue("Onramp <onramp@localhost>") String from, @DefaultValue("10") int maxAttempts,
                          @DefaultValue("PT2M") Duration claim) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("onramp.mail.max-attempts must be at least 1");
        }
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.claim = claim;
    }

    public MailProperties(String from, int maxAttempts) {
        this(from, maxAttempts, OutboxWorker.CLAIM);
    }
}
