package dev.onramp.tasklist;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a feature's tasks are about, for the task list: the candidate or the new hire, the team and the
 * requisition. The task list knows no feature; each feature whose processes have user tasks provides one of
 * these and reads its own process variables and tables. Implementations answer for many process instances at
 * once, with a fixed number of queries.
 */
public interface TaskSubjects {

    /** The process variables this feature reads (variables of the process instance itself). */
    Set<String> variableNames();

    /**
     * @param variablesByProcessInstance the {@link #variableNames()} of each task's process instance, by its id
     * @return what the tasks of each recognised process instance are about; instances it does not know are left out
     */
    Map<String, TaskSubject> describe(Map<String, Map<String, Object>> variablesByProcessInstance);

    /**
     * The process variable (of the process instance itself, a string) naming the team of this feature's tasks, so
     * that the task list filters by team in its query; empty when this feature's tasks have no team.
     */
    default Optional<String> teamVariable() {
        return Optional.empty();
    }

    /** The process variable (a number) holding the requisition of this feature's tasks; empty when they have none. */
    default Optional<String> requisitionVariable() {
        return Optional.empty();
    }

    /**
     * The requisitions the task list offers as filters (their id and title, in the order to show), few enough to
     * count the tasks of each; the list shows only those where the person has tasks.
     */
    default Map<Long, String> requisitions() {
        return Map.of();
    }

    /**
     * @param about           whom the task is about (a candidate's or new hire's name), or null
     * @param team            the team's key, or null
     * @param requisitionId   the requisition, or null
     * @param requisitionTitle its title, or null
     */
    record TaskSubject(String about, String team, Long requisitionId, String requisitionTitle) {

        /** This subject, with what it leaves open taken from {@code other}. */
        TaskSubject or(TaskSubject other) {
            return new TaskSubject(about != null ? about : other.about(), team != null ? team : other.team(),
                    requisitionId != null ? requisitionId : other.requisitionId(),
                    requisitionTitle != null ? requisitionTitle : other.requisitionTitle());
        }
    }
}
