package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An erased candidate's name leaves people's notifications; other notifications keep theirs. */
@OnrampAppTest
class NotificationRedactionTest {

    @Autowired
    Notifications notifications;

    @Autowired
    PersonRepository people;

    @Test
    void shouldReplaceTheNameInEveryNotificationThatCarriesItAndNoOther() {
        long rita = people.findByUsername("rita").orElseThrow().id();
        String name = "Zoë 100%_O'Brien " + System.nanoTime();
        String other = "Zoe 100xxO'Brien " + System.nanoTime();
        notifications.notify(List.of(rita), "notification.screening.reminder", "/tasks/x", name);
        notifications.notify(List.of(rita), "notification.screening.reminder", "/tasks/y", other);

        int changed = notifications.redact(name, "Erased candidate #7");

        assertThat(changed).isEqualTo(1);
        List<String> args = notifications.recent(rita, 500).stream().flatMap(n -> List.of(n.args()).stream()).toList();
        assertThat(args).contains("Erased candidate #7", other).doesNotContain(name);
        assertThat(notifications.redact("", "x")).isZero();
    }
}
