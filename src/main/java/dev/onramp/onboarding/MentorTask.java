package dev.onramp.onboarding;

import dev.onramp.people.WorkingHours;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The mentor's onboarding tasks, in order, each on the new hire's calendar. The enum name is what the
 * BPMN passes to {@link OnboardingDates} ({@code onboardingDates.due(newHireId, 'PREPARE_WELCOME')}).
 */
public enum MentorTask {
    /** Three working days before the start date. */
    PREPARE_WELCOME(OnboardingProcess.TASK_PREPARE_WELCOME, 4),
    /** The start date. */
    WELCOME_CALL(OnboardingProcess.TASK_WELCOME_CALL, 3),
    /** Four working days after the start date: the end of the first week. */
    FIRST_WEEK_CHECK_IN(OnboardingProcess.TASK_FIRST_WEEK_CHECK_IN, 4),
    DAY_30_CHECK_IN(OnboardingProcess.TASK_DAY_THIRTY_CHECK_IN, 3),
    DAY_60_CHECK_IN(OnboardingProcess.TASK_DAY_SIXTY_CHECK_IN, 3),
    DAY_90_CHECK_IN(OnboardingProcess.TASK_DAY_NINETY_CHECK_IN, 3);

    private final String taskId;
    private final int checklistSize;

    MentorTask(String taskId, int checklistSize) {
        this.taskId = taskId;
        this.checklistSize = checklistSize;
    }

    /** The user task's id in the BPMN. */
    public String taskId() {
        return taskId;
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

    public static Optional<MentorTask> ofTaskId(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.taskId.equals(taskDefinitionKey)).findFirst();
    }

    public static List<String> taskIds() {
        return Arrays.stream(values()).map(MentorTask::taskId).toList();
    }
}
