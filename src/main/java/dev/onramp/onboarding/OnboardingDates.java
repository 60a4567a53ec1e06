package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The onboarding calendar, read from our tables whenever the process creates a timer or a task (the process holds
 * no dates). Mentor tasks are in the NEW HIRE's zone: due at the start of the new hire's working day (09:00 local by
 * default) on its day, the manager hears about it two working days later, and the day-30/60/90 check-ins open a week
 * before they are due. The BPMN calls it as {@code ${onboardingDates.due(newHireId, mentorTask)}}. The mentor's
 * confirmation and acceptance count working days of the one who does them, from the engine's clock
 * ({@link OnboardingDeadlines}).
 */
@Component(OnboardingProcess.BEAN_ONBOARDING_DATES)
public class OnboardingDates {

    /** The manager hears about a mentor task still open this many working days after it was due. */
    public static final int MANAGER_AFTER_WORKING_DAYS = 2;
    /** The later check-ins appear this many days before they are due. */
    public static final int OPENS_DAYS_BEFORE_DUE = 7;

    private final PersonRepository people;
    private final OnboardingDeadlines deadlines;
    private final Clock clock;

    public OnboardingDates(PersonRepository people, OnboardingDeadlines deadlines, Clock clock) {
        this.people = people;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The mentor's tasks in order: the schedule the process runs one by one ({@link MentorTask} names). */
    public List<String> mentorTasks() {
        return Arrays.stream(MentorTask.values()).map(MentorTask::name).toList();
    }

    /** Whether the task waits until {@link #opens} (the later check-ins) rather than opening when the previous one is done. */
    public boolean opensLater(String mentorTask) {
        return MentorTask.valueOf(mentorTask).opensLater();
    }

    /** The task's name in the task list. */
    public String title(String mentorTask) {
        return MentorTask.valueOf(mentorTask).title();
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

    /**
     * When the manager should have confirmed a mentor, from now: {@code confirmMentorWorkingDays} of the manager's
     * working days, and at the latest the start of the new hire's day {@code confirmMentorBeforeStartWorkingDays}
     * working days before their start date.
     */
    public Date confirmMentorDue(Long newHireId, String manager) {
        return Date.from(confirmMentorDueAt(people.get(newHireId), byUsername(manager)));
    }

    /** When the team lead hears that no mentor is confirmed: {@code teamLeadAfterWorkingDays} after it was due. */
    public Date confirmMentorOverdue(Long newHireId, String manager) {
        Person boss = byUsername(manager);
        ZonedDateTime due = confirmMentorDueAt(people.get(newHireId), boss).atZone(boss.timeZone());
        return Date.from(due.with(WorkingHours.plusWorkingDays(due.toLocalDate(), deadlines.teamLeadAfterWorkingDays()))
                .toInstant());
    }

    /** When the mentor's answer is due; no answer by then counts as a decline. */
    public Date acceptMenteeDue(String mentor) {
        return Date.from(workingDaysFromNow(byUsername(mentor), deadlines.acceptMenteeWorkingDays()));
    }

    /** When {@code task} is due for {@code hire}: the start of their working day on the task's day. */
    public Instant dueAt(Person hire, MentorTask task) {
        return hire.workingHours().startOn(task.dueDay(hire.startedOn()));
    }

    /** A checklist item {@code offsetWorkingDays} from the start date, at the start of the new hire's day. */
    static Instant itemDue(WorkingHours hours, LocalDate start, int offsetWorkingDays) {
        return hours.startOn(WorkingHours.plusWorkingDays(start, offsetWorkingDays));
    }

    private Instant confirmMentorDueAt(Person hire, Person manager) {
        Instant byWorkingDays = workingDaysFromNow(manager, deadlines.confirmMentorWorkingDays());
        Instant beforeStart = hire.workingHours().startOn(
                WorkingHours.plusWorkingDays(hire.startedOn(), -deadlines.confirmMentorBeforeStartWorkingDays()));
        return byWorkingDays.isBefore(beforeStart) ? byWorkingDays : beforeStart;
    }

    /** Now plus {@code days} of the person's working days (Monday–Friday in their zone), same time of day. */
    private Instant workingDaysFromNow(Person person, int days) {
        ZonedDateTime now = clock.instant().atZone(person.timeZone());
        return now.with(WorkingHours.plusWorkingDays(now.toLocalDate(), days)).toInstant();
    }

    private Person byUsername(String username) {
        return people.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no person with username " + username));
    }
}
