package dev.onramp.tasklist;

import java.util.Set;

/**
 * The user tasks of a feature whose arrival is announced to the people they are for ({@link TaskArrivals}): requests
 * that someone act, such as an approval or a mentee to accept. Each feature names its own; the task list knows none.
 */
public interface AnnouncedTasks {

    /** Task definition keys (BPMN user task ids). */
    Set<String> announcedTasks();
}
