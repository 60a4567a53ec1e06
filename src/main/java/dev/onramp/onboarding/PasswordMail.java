package dev.onramp.onboarding;

import dev.onramp.mail.MailMessage;
import dev.onramp.mail.MailTemplates;
import dev.onramp.mail.Outbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The new hire's one-time password link, by e-mail to the personal address from their application, as a full URL
 * from the configured base URL ({@code onramp.base-url}; never from a request's Host header). Queued in the
 * transaction that created the account: no account, no mail.
 */
@Component
class PasswordMail {

    static final String TEMPLATE = "password-link";
    private static final Logger log = LoggerFactory.getLogger(PasswordMail.class);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    PasswordMail(Outbox outbox, MailTemplates templates, @Value("${onramp.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void send(long personId, String name, String email, String path) {
        if (!MailMessage.isAddress(email)) {
            log.warn("New hire {} has no usable e-mail address; the password link goes only to the recruiters", personId);
            return;
        }
        String url = baseUrl + path;
        MailTemplates.Rendered mail = templates.render(TEMPLATE, Locale.ENGLISH,
                Map.of("name", name, "url", url, "validDays", PasswordTokens.VALIDITY.toDays()), name);
        outbox.enqueue(new MailMessage(TEMPLATE + "-" + personId, List.of(email), mail.subject(), mail.text(), mail.html()));
    }
}
