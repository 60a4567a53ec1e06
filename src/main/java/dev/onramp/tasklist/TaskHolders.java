package dev.onramp.tasklist;

import dev.onramp.people.Person;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may hold a feature's task assigned by name (the interview's panel for feedback, the requisition's hiring
 * manager for a debrief): a feature whose tasks have such a rule provides one. {@link TaskList} asks it on every
 * request to work on the task (nobody else, not even an admin, may) and before an admin reassigns it.
 */
public interface TaskHolders {

    /** Whether this feature decides who may hold {@code task}. */
    boolean decides(Task task);

    /** Whether {@code person} may hold (work on, be handed) {@code task}; only asked when {@link #decides} it. */
    boolean mayHold(Task task, Person person);
}
