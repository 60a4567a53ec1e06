package dev.onramp.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onramp.mail.*}: the sender address, and how often a message is tried before it is given up (an admin can
 * send it again). The mail server itself is Spring Boot's {@code spring.mail.host}, {@code port}, {@code username}…
 */
@ConfigurationProperties("onramp.mail")
public record MailProperties(@DefaultValue("Onramp <onramp@localhost>") String from,
                             @DefaultValue("10") int maxAttempts) {

    public MailProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("onramp.mail.max-attempts must be at least 1");
        }
    }
}
