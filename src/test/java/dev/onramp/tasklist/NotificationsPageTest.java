package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notification is rendered from its message key with each of its arguments in place. */
@OnrampAppTest
class NotificationsPageTest {

    @Autowired
    WebTest webTest;

    @Autowired
    Notifications notifications;

    @Autowired
    PersonRepository people;

    @Test
    void shouldRenderEachArgumentOfANotification() {
        String title = "Title " + UUID.randomUUID();
        long rita = people.findByUsername("rita").orElseThrow().id();
        notifications.notify(List.of(rita), "notification.screening.reminder", "/applications/4242", title, 4242);

        Visitor web = webTest.signedIn("rita");
        Page page = web.get("/notifications");

        assertThat(page.text("main")).contains("Screening is due: application #4242 for " + title)
                .doesNotContain("[Ljava.lang.String");
    }
}
