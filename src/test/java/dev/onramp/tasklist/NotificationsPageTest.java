package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The notifications page, as a person reads it. */
@OnrampAppTest
class NotificationsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;
    @Autowired
    PersonRepository people;

    @Test
    void shouldShowEachArgumentOfANotificationInItsPlace() {
        String name = "Ana " + UUID.randomUUID().toString().substring(0, 8);
        String link = "/password/" + UUID.randomUUID();
        notifications.notify(List.of(people.findByUsername("rita").orElseThrow().id()),
                "notification.onboarding.passwordLink", link, name, link);

        WebClient rita = new WebClient(port);
        rita.follow(rita.signIn("rita", "demo"));
        String page = rita.get("/notifications").body();

        assertThat(page).contains("New hire " + name + ": pass on this one-time link to set a password (" + link
                + "); it works for 14 days.").doesNotContain("[Ljava.lang.String;");
    }
}
