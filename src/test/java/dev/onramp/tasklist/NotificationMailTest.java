package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.mail.Outbox;
import dev.onramp.mail.OutboxEntry;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification that asks one person to act is also mailed: to their address from the people table, with the
 * notification's own text and its link as a full URL, queued in the same transaction, once per notification.
 */
@OnrampAppTest
class NotificationMailTest {

    static final String TITLE = "<img src=x onerror=alert(1)> O'Brien-Łukasiewicz";

    @Autowired
    Notifications notifications;
    @Autowired
    Outbox outbox;
    @Autowired
    PersonRepository people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Value("${onramp.base-url}")
    String baseUrl;

    @Test
    void shouldMailTheNotificationToItsPersonWithAFullLinkAndTheTextEscaped() {
        Person hank = people.findByUsername("hank").orElseThrow();
        long application = System.nanoTime() % 1_000_000;

        notifications.notifyAndMail(List.of(hank.id()), "notification.approveOffer.reminder", "/tasks/task-" + application,
                TITLE, application);

        long id = lastNotificationOf(hank);
        OutboxEntry mail = outbox.findByKey("notification-" + id).orElseThrow();
        assertThat(mail.recipients()).containsExactly(hank.email());
        String text = "An offer outside the band waits for your approval: application #" + application + " for " + TITLE;
        assertThat(mail.subject()).isEqualTo("Onramp: " + text);
        String url = baseUrl.replaceAll("/+$", "") + "/tasks/task-" + application;
        assertThat(url).startsWith("http");
        assertThat(mail.text()).contains("Hello " + hank.displayName() + ",").contains(text).contains(url);
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("a[href]").attr("href")).isEqualTo(url);
        assertThat(html.select("img")).isEmpty();
        assertThat(html.text()).contains(text);
    }

    @Test
    void shouldKeepANotificationForEveryRecruiterInTheApp() {
        Person rita = people.findByUsername("rita").orElseThrow();
        long queued = queued();

        notifications.notify(List.of(rita.id()), "notification.screening.reminder", "/tasks/in-app-only", "Title", 1);

        assertThat(outbox.findByKey("notification-" + lastNotificationOf(rita))).isEmpty();
        assertThat(queued()).isEqualTo(queued);
    }

    @Test
    void shouldMailNothingWhenTheChangeThatCausedItRollsBack() {
        Person ivan = people.findByUsername("ivan").orElseThrow();
        long before = lastNotificationOf(ivan);
        long queued = queued();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            notifications.notifyAndMail(List.of(ivan.id()), "notification.feedback.reminder", "/tasks/rolled-back",
                    "Stage", "Title");
            throw new IllegalStateException("the cause fails after the notification");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(lastNotificationOf(ivan)).isEqualTo(before);
        assertThat(queued()).isEqualTo(queued);
    }

    private long lastNotificationOf(Person person) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM notification WHERE person_id = ?").param(person.id())
                .query(Long.class).single();
    }

    private long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
    }
}
