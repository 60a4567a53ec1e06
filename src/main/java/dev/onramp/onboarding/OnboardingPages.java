package dev.onramp.onboarding;

import dev.onramp.onboarding.MentoringRepository.Mentorship;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import dev.onramp.xschool.CohortRepository;
import dev.onramp.xschool.XSchool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the new hire's page ({@code /welcome}) and the mentor's page ({@code /mentees}) show, and who may see
 * and tick what: the new hire, their manager, their mentor and admins see the new hire's page; each ticks
 * the items they own (IT items: admins).
 */
@Service
class OnboardingPages {

    private final PersonRepository people;
    private final MentoringRepository mentoring;
    private final ChecklistRepository checklist;
    private final CohortRepository cohorts;
    private final XSchool xschool;
    private final OnboardingTasks onboardingTasks;
    private final OnboardingDates dates;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    OnboardingPages(PersonRepository people, MentoringRepository mentoring, ChecklistRepository checklist,
                    CohortRepository cohorts, XSchool xschool, OnboardingTasks onboardingTasks, OnboardingDates dates,
                    RuntimeService runtime, TaskService tasks, Clock clock) {
        this.people = people;
        this.mentoring = mentoring;
        this.checklist = checklist;
        this.cohorts = cohorts;
        this.xschool = xschool;
        this.onboardingTasks = onboardingTasks;
        this.dates = dates;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The new hire's page as {@code me} sees it; 404 for anyone but the new hire, their manager, mentor or an admin. */
    WelcomeView welcome(long newHireId, OnrampUser me) {
        Person hire = requireVisible(newHireId, me);
        Optional<Person> mentor = mentoring.activeMentorshipOf(newHireId).map(m -> people.get(m.mentorId()));
        Map<Long, String> names = people.findByIds(checklist.items(newHireId).stream().map(ChecklistItem::doneBy)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName));
        ZonedDateTime firstDay = firstDay(hire);
        boolean beforeFirstDay = now(hire).isBefore(firstDay);
        List<ItemView> items = checklist.items(newHireId).stream()
                .map(i -> new ItemView(i, i.dueAt().atZone(hire.timeZone()), !i.done() && mayTick(i, hire, mentor, me),
                        i.doneBy() == null ? null : names.get(i.doneBy()),
                        i.doneAt() == null ? null : i.doneAt().atZone(hire.timeZone()),
                        !i.done() && waitsForFirstDay(i, hire) ? firstDay : null))
                .toList();
        return new WelcomeView(hire, now(hire), hire.managerId() == null ? null : people.get(hire.managerId()),
                mentor.orElse(null), mentor.map(this::now).orElse(null), items, xSchoolWeek(newHireId).orElse(null),
                me.personId() == newHireId, beforeFirstDay ? firstDay : null,
                mentor.isPresent() ? null : mentorDue(hire).orElse(null));
    }

    /** Ticks an item on the new hire's checklist; 404 when it is not theirs or not {@code me}'s to tick. */
    @Transactional
    boolean tick(long newHireId, long itemId, OnrampUser me) {
        Person hire = requireVisible(newHireId, me);
        ChecklistItem item = checklist.item(newHireId, itemId).orElseThrow(() -> new NotFoundException("item", itemId));
        Optional<Person> mentor = mentoring.activeMentorshipOf(newHireId).map(m -> people.get(m.mentorId()));
        if (!mayTick(item, hire, mentor, me)) {
            throw new NotFoundException("item", itemId);
        }
        return checklist.markDone(itemId, me.personId(), clock.instant());
    }

    /** My mentees, each with their local time and my next task for them (due in their zone and mine). */
    List<MenteeView> mentees(OnrampUser me) {
        return mentoring.activeMenteesOf(me.personId()).stream()
                .map(m -> mentee(m, me))
                .sorted(Comparator.comparing(v -> v.mentee().displayName()))
                .toList();
    }

    private MenteeView mentee(Mentorship mentorship, OnrampUser me) {
        Person mentee = people.get(mentorship.menteeId());
        String businessKey = OnboardingProcess.businessKey(mentee.id());
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskAssignee(me.getUsername()).taskDefinitionKey(OnboardingProcess.TASK_MENTOR_TASK).list();
        NextTask next;
        if (!open.isEmpty()) {
            Task task = open.get(0);
            MentorTask kind = onboardingTasks.mentorTask(task).orElseThrow();
            var due = task.getDueDate() == null ? dates.dueAt(mentee, kind) : task.getDueDate().toInstant();
            next = new NextTask(kind, task.getId(), due.atZone(mentee.timeZone()), due.atZone(me.timeZone()));
        } else {
            // a later check-in waiting to open: the mentor task block's element variable says which
            next = OnboardingProcess.running(runtime, mentee.id()).stream()
                    .flatMap(pi -> runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                            .variableName(OnboardingProcess.VAR_MENTOR_TASK).list().stream())
                    .map(v -> MentorTask.valueOf((String) v.getValue())).findFirst()
                    .map(k -> {
                        var due = dates.dueAt(mentee, k);
                        return new NextTask(k, null, due.atZone(mentee.timeZone()), due.atZone(me.timeZone()));
                    })
                    .orElse(null);
        }
        return new MenteeView(mentee, now(mentee), next);
    }

    private Person requireVisible(long newHireId, OnrampUser me) {
        Person hire = people.findById(newHireId).filter(p -> p.has(Role.NEW_HIRE))
                .orElseThrow(() -> new NotFoundException("new hire", newHireId));
        boolean mayView = me.personId() == newHireId || me.has(Role.ADMIN)
                || (hire.managerId() != null && hire.managerId() == me.personId())
                || mentoring.activeMentorshipOf(newHireId).map(m -> m.mentorId() == me.personId()).orElse(false);
        if (!mayView) {
            throw new NotFoundException("new hire", newHireId);
        }
        return hire;
    }

    private boolean mayTick(ChecklistItem item, Person hire, Optional<Person> mentor, OnrampUser me) {
        return switch (item.owner()) {
            case NEW_HIRE -> me.personId() == hire.id() && !waitsForFirstDay(item, hire);
            case MANAGER -> hire.managerId() != null && hire.managerId() == me.personId();
            case MENTOR -> mentor.map(m -> m.id() == me.personId()).orElse(false);
            case IT -> me.has(Role.ADMIN);
        };
    }

    /** Before their first day (pre-boarding) the new hire reads their own items; they tick them from that day on. */
    private boolean waitsForFirstDay(ChecklistItem item, Person hire) {
        return item.owner() == ItemOwner.NEW_HIRE && now(hire).isBefore(firstDay(hire));
    }

    /** The start of the new hire's first day, in their zone. */
    private static ZonedDateTime firstDay(Person hire) {
        return hire.startedOn().atStartOfDay(hire.timeZone());
    }

    /**
     * While no mentor has accepted: when the open step of finding one (the manager's confirmation or the mentor's
     * answer) is due, in the new hire's zone; empty when neither is open.
     */
    private Optional<ZonedDateTime> mentorDue(Person hire) {
        return tasks.createTaskQuery().processInstanceBusinessKey(OnboardingProcess.businessKey(hire.id()))
                .taskDefinitionKeyIn(OnboardingProcess.TASK_CONFIRM_MENTOR, OnboardingProcess.TASK_ACCEPT_MENTEE)
                .list().stream().map(Task::getDueDate).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).map(due -> due.toInstant().atZone(hire.timeZone()));
    }

    /** The cohort of the new hire's X-School seat; empty while being arranged. */
    private Optional<XSchoolWeek> xSchoolWeek(long newHireId) {
        return xschool.current(newHireId).map(seat -> cohorts.get(seat.cohortId()))
                .map(cohort -> new XSchoolWeek(cohort.startsOn(), cohort.endsOn(), cohort.place()));
    }

    private ZonedDateTime now(Person person) {
        return ZonedDateTime.now(clock.withZone(person.timeZone()));
    }

    /**
     * {@code firstDay} is set before the new hire's first day (pre-boarding); {@code mentorDue}, while no mentor has
     * accepted, says by when the open step of finding one is due.
     */
    record WelcomeView(Person hire, ZonedDateTime hireNow, Person manager, Person mentor, ZonedDateTime mentorNow,
                       List<ItemView> items, XSchoolWeek xSchool, boolean viewerIsHire, ZonedDateTime firstDay,
                       ZonedDateTime mentorDue) {
    }

    /** {@code opensAt}: the new hire's own item, not open before their first day. */
    record ItemView(ChecklistItem item, ZonedDateTime dueForHire, boolean mayTick, String doneByName,
                    ZonedDateTime doneAt, ZonedDateTime opensAt) {
    }

    record XSchoolWeek(LocalDate startsOn, LocalDate endsOn, String place) {
    }

    record MenteeView(Person mentee, ZonedDateTime menteeNow, NextTask next) {
    }

    /** {@code taskId} is null while the task has not appeared yet (a later check-in waits until a week before). */
    record NextTask(MentorTask kind, String taskId, ZonedDateTime dueForMentee, ZonedDateTime dueForMe) {
    }
}
