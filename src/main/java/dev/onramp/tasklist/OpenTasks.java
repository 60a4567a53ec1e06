package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import org.springframework.stereotype.Service;

/** The home page's badge: how many tasks a person may see, counted in one query that stops at 1,000. */
@Service
public class OpenTasks {

    private final TaskSearch search;

    OpenTasks(TaskSearch search) {
        this.search = search;
    }

    public CappedCount count(OnrampUser me) {
        return search.countVisible(me);
    }
}
