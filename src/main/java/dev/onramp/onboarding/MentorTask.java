package dev.onramp.onboarding;

import dev.onramp.people.WorkingHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The mentor's onboarding tasks, in order, each on the new hire's calendar: the schedule the process's one mentor
 * task block runs over ({@code SubProcess_MentorTasks}, element variable {@code mentorTask} holding the enum name,
 * which the BPMN passes to {@link OnboardingDates}, e.g. {@code onboardingDates.due(newHireId, mentorTask)}).
 */
public enum MentorTask {
    /** Three working days before the start date. */
    PREPARE_WELCOME("Prepare welcome", false, 4),
    /** The start date. */
    WELCOME_CALL("Day-1 welcome call", false, 3),
    /** Four working days after the start date: the end of the first week. */
    FIRST_WEEK_CHECK_IN("Week-1 check-in", false, 4),
    DAY_30_CHECK_IN("Day-30 check-in", true, 3),
    DAY_60_CHECK_IN("Day-60 check-in", true, 3),
    DAY_90_CHECK_IN("Day-90 check-in", true, 3);

    private final String title;
    private final boolean opensLater;
    private final int checklistSize;

    MentorTask(String title, boolean opensLater, int checklistSize) {
        this.title = title;
        this.opensLater = opensLater;
        this.checklistSize = checklistSize;
    }

    /** The task's name in the engine (task list, Cockpit); pages show {@link #messageKey()}. */
    public String title() {
        return title;
    }

    /** Whether the task appears only a week before it is due (else as soon as the previous one is done). */
    public boolean opensLater() {
        return opensLater;
    }

    /** The local day (in the new hire's zone) this task is due for a new hire starting on {@code start}. */
    public LocalDate dueDay(LocalDate start) {
        return switch (this) {
            case PREPARE_WELCOME -> WorkingHours.plusWorkingDays(start, -3);
            case WELCOME_CALL -> start;
            case FIRST_WEEK_CHECK_IN -> WorkingHours.plusWorkingDays(start, 4);
            case DAY_30_CHECK_IN -> start.plusDays(30);
            case DAY_60_CHECK_IN -> start.plusDays(60);
            case DAY_90_CHECK_IN -> start.plusDays(90);
        };
    }

    public String messageKey() {
        return "onboarding.mentorTask." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The checklist items' message keys: {@code <messageKey>.check.1} … */
    public List<String> checklistKeys() {
        return IntStream.rangeClosed(1, checklistSize).mapToObj(i -> messageKey() + ".check." + i).toList();
    }
}
