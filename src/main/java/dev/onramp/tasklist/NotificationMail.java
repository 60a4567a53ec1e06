package dev.onramp.tasklist;

import dev.onramp.mail.MailMessage;
import dev.onramp.mail.MailTemplates;
import dev.onramp.mail.Outbox;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification as an e-mail (template {@value #TEMPLATE}): the notification's own text, as the app shows it, and its
 * link as a full URL from {@code onramp.base-url} (never from a request). Queued in the {@link Outbox} in the
 * transaction that wrote the notification, under the key {@code notification-<id>}: one mail per notification.
 * Logs name people by id only.
 */
@Component
class NotificationMail {

    static final String TEMPLATE = "notification";
    static final int MAX_SUBJECT_TEXT = 200;
    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final PersonRepository people;
    private final String baseUrl;

    NotificationMail(Outbox outbox, MailTemplates templates, MessageSource messages, PersonRepository people,
                     @Value("${onramp.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.people = people;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    static String key(long notificationId) {
        return TEMPLATE + "-" + notificationId;
    }

    void send(long notificationId, long personId, String messageKey, String[] args, String link) {
        Person person = people.findById(personId).orElse(null);
        if (person == null || !MailMessage.isAddress(person.email())) {
            log.warn("Notification {} not mailed: person {} has no usable e-mail address", notificationId, personId);
            return;
        }
        Locale locale = Locale.ENGLISH;
        String text = messages.getMessage(messageKey, args, locale);
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.displayName());
        model.put("text", text);
        model.put("url", link == null ? null : baseUrl + link);
        model.put("notificationsUrl", baseUrl + "/notifications");
        String subjectText = text.length() > MAX_SUBJECT_TEXT ? text.substring(0, MAX_SUBJECT_TEXT - 1) + "…" : text;
        MailTemplates.Rendered mail = templates.render(TEMPLATE, locale, model, subjectText);
        outbox.enqueue(new MailMessage(key(notificationId), List.of(person.email()), mail.subject(), mail.text(),
                mail.html()));
    }
}
