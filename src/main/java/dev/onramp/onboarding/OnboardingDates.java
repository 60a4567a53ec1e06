package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The onboarding calendar, always in the NEW HIRE's zone: a mentor task is due at the start of the new
 * hire's working day (09:00 local by default) on its day, the manager hears about it two working days
 * later, and the day-30/60/90 check-ins open a week before they are due. The BPMN calls it as
 * {@code ${onboardingDates.due(newHireId, 'PREPARE_WELCOME')}}.
 */
@Component(OnboardingProcess.BEAN_ONBOARDING_DATES)
public class OnboardingDates {

    /** The manager hears about a mentor task still open this many working days after it was due. */
    public static final int MANAGER_AFTER_WORKING_DAYS = 2;
    /** The later check-ins appear this many days before they are due. */
    public static final int OPENS_DAYS_BEFORE_DUE = 7;

    private final PersonRepository people;

    public OnboardingDates(PersonRepository people) {
        this.people = people;
    }

    public Date due(Long newHireId, String mentorTask) {
        return Date.from(dueAt(people.get(newHireId), MentorTask.valueOf(mentorTask)));
    }

    public Date overdue(Long newHireId, String mentorTask) {
        Person hire = people.get(newHireId);
        ZonedDateTime due = dueAt(hire, MentorTask.valueOf(mentorTask)).atZone(hire.timeZone());
        LocalDate day = WorkingHours.plusWorkingDays(due.toLocalDate(), MANAGER_AFTER_WORKING_DAYS);
        return Date.from(ZonedDateTime.of(day, due.toLocalTime(), hire.timeZone()).toInstant());
    }

    public Date opens(Long newHireId, String mentorTask) {
        Person hire = people.get(newHireId);
        ZonedDateTime due = dueAt(hire, MentorTask.valueOf(mentorTask)).atZone(hire.timeZone());
        return Date.from(due.minusDays(OPENS_DAYS_BEFORE_DUE).toInstant());
    }

    /** When {@code task} is due for {@code hire}: the start of their working day on the task's day. */
    public Instant dueAt(Person hire, MentorTask task) {
        return hire.workingHours().startOn(task.dueDay(hire.startedOn()));
    }

    /** A checklist item {@code offsetWorkingDays} from the start date, at the start of the new hire's day. */
    static Instant itemDue(WorkingHours hours, LocalDate start, int offsetWorkingDays) {
        return hours.startOn(WorkingHours.plusWorkingDays(start, offsetWorkingDays));
    }
}
