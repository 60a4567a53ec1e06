package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see, claim, release, complete and reassign a task. The engine does not check
 * candidate groups on claim or complete, so every task form goes through here on every request.
 * <ul>
 *   <li>A task of a candidate group is claimed by one of the group, and released (unclaimed) back to it; a task
 *       assigned by name (feedback, debrief, mentor tasks…) is never released.</li>
 *   <li>Where a feature says who may hold its task ({@link TaskHolders}: the interview's panel, the requisition's
 *       hiring manager), nobody else works on it, not even an admin.</li>
 *   <li>Only an admin hands a task to someone else, by naming a person who may hold it (its candidate group's role,
 *       the feature's rule; for other tasks assigned by name, a role of the present holder); every reassignment is
 *       published as {@link TaskReassigned}.</li>
 * </ul>
 */
@Service
public class TaskList {

    private final TaskService tasks;
    private final HistoryService history;
    private final PersonRepository people;
    private final List<TaskHolders> holders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    public TaskList(TaskService tasks, HistoryService history, PersonRepository people, List<TaskHolders> holders,
                    ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
        this.tasks = tasks;
        this.history = history;
        this.people = people;
        this.holders = List.copyOf(holders);
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Tasks assigned to me, and tasks of my groups (claimed by someone else or not). {@link TaskSearch} says the
     * same in SQL for the task list's pages and counts; a change here is a change there.
     */
    public TaskQuery visibleTo(OnrampUser me) {
        TaskQuery query = tasks.createTaskQuery().initializeFormKeys();
        if (me.has(Role.ADMIN)) {
            return query;
        }
        return query.or()
                .taskAssignee(me.getUsername())
                .taskCandidateUser(me.getUsername())
                .taskCandidateGroupIn(me.groupIds())
                .includeAssignedTasks()
                .endOr();
    }

    /** A task the user may see, or 404 (unknown and foreign tasks look the same); 409 when done or cancelled. */
    public Task require(String taskId, OnrampUser me) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (done != null && done.getEndTime() != null && mayHaveSeen(done, me)) {
                throw new TaskNotOpenException(done.getName(), done.getAssignee(),
                        !TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason()));
            }
            throw new NotFoundException("task", taskId);
        }
        if (!maySee(task, me)) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /**
     * A task the user may work on now: visible, not claimed by someone else (409), and, where its feature says who
     * may hold it, held by one of those (else 404, like a foreign task).
     */
    public Task requireWorkable(String taskId, OnrampUser me) {
        Task task = require(taskId, me);
        if (task.getAssignee() != null && !task.getAssignee().equals(me.getUsername())) {
            throw new TaskClaimedException(task.getName(), task.getAssignee());
        }
        Optional<TaskHolders> rule = ruleFor(task);
        if (rule.isPresent() && !rule.get().mayHold(task, people.get(me.personId()))) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /**
     * A task the user may work on now that belongs to the form {@code formKey} (the form in its URL): another
     * form's task is a 404, like an unknown one.
     */
    public Task requireWorkable(String taskId, String formKey, OnrampUser me) {
        Task task = requireWorkable(taskId, me);
        if (!formKey.equals(task.getFormKey())) {
            throw new NotFoundException(formKey + " task", taskId);
        }
        return task;
    }

    public void claim(String taskId, OnrampUser me) {
        Task task = requireWorkable(taskId, me);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, me.getUsername());
        }
    }

    /** Gives a task claimed from a group back to the group; a task assigned by name is refused (403). */
    public void unclaim(String taskId, OnrampUser me) {
        Task task = requireWorkable(taskId, me);
        if (!isGroupTask(task)) {
            throw new AccessDeniedException("task " + taskId + " is assigned by name, not claimed from a group");
        }
        tasks.setAssignee(taskId, null);
    }

    /** Whether the task was offered to candidate groups or users (so it is claimed, and may be released). */
    public boolean isGroupTask(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
    }

    /** Of {@code taskIds}, those offered to candidate groups (claimed or not), in one query. */
    Set<String> groupTasks(Set<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).withCandidateGroups()
                .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /**
     * An admin hands the task to {@code toUsername}, who must be someone who may hold it; published as
     * {@link TaskReassigned}. Anyone else: 403.
     *
     * @throws UnfitAssigneeException naming the field's message when nobody, the same person or someone unfit is named
     */
    @Transactional
    public void reassign(String taskId, String toUsername, OnrampUser me) {
        Task task = requireReassignable(taskId, me);
        if (toUsername == null || toUsername.isBlank()) {
            throw new UnfitAssigneeException("tasks.reassign.username.required");
        }
        Person to = people.findByUsername(toUsername.strip())
                .orElseThrow(() -> new UnfitAssigneeException("tasks.reassign.username.unknown"));
        if (to.username().equals(task.getAssignee())) {
            throw new UnfitAssigneeException("tasks.reassign.username.same");
        }
        if (!holderRule(task).test(to)) {
            throw new UnfitAssigneeException("tasks.reassign.username.unfit");
        }
        tasks.setAssignee(taskId, to.username());
        events.publishEvent(new TaskReassigned(task.getId(), task.getName(), task.getAssignee(), to.username(),
                me.getUsername(), clock.instant()));
    }

    /** The open task an admin may reassign; 403 for anyone else, 404/409 as {@link #require}. */
    public Task requireReassignable(String taskId, OnrampUser me) {
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedException("only admins reassign tasks");
        }
        return require(taskId, me);
    }

    /** The people the task could be handed to (everyone who may hold it but its present holder), by name. */
    public List<Person> possibleHolders(Task task) {
        Predicate<Person> rule = holderRule(task);
        return people.findAll().stream().filter(p -> !p.username().equals(task.getAssignee())).filter(rule)
                .sorted(Comparator.comparing(Person::displayName)).toList();
    }

    private Optional<TaskHolders> ruleFor(Task task) {
        return holders.stream().filter(h -> h.decides(task)).findFirst();
    }

    /** Who may hold the task: the feature's rule; else its candidate groups' roles; else a role of its present holder. */
    private Predicate<Person> holderRule(Task task) {
        Optional<TaskHolders> rule = ruleFor(task);
        if (rule.isPresent()) {
            return p -> rule.get().mayHold(task, p);
        }
        List<IdentityLink> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
        if (!candidates.isEmpty()) {
            Set<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(g -> g != null)
                    .collect(Collectors.toSet());
            Set<String> users = candidates.stream().map(IdentityLink::getUserId).filter(u -> u != null)
                    .collect(Collectors.toSet());
            return p -> users.contains(p.username()) || p.roles().stream().map(Role::groupId).anyMatch(groups::contains);
        }
        Set<Role> holderRoles = task.getAssignee() == null ? Set.of() : people.findByUsername(task.getAssignee())
                .map(h -> h.roles().stream().filter(r -> r != Role.ADMIN).collect(Collectors.toSet())).orElse(Set.of());
        return p -> p.roles().stream().anyMatch(holderRoles::contains);
    }

    /**
     * Whether {@code me} may see the task: {@link #visibleTo} for this one task, as a query (a task completed by
     * someone a moment ago is simply not found, where the engine's identity-link command would fail on it and log
     * ENGINE-16004 at ERROR).
     */
    public boolean maySee(Task task, OnrampUser me) {
        if (me.has(Role.ADMIN) || me.getUsername().equals(task.getAssignee())) {
            return true;
        }
        // the usual case, a task offered to one of my groups, in one simple statement; anything else by the whole rule.
        // Not an engine query: the engine builds a task query's SQL from its mapping's hundreds of conditions (OGNL)
        // on every call, a large share of a screening's CPU (docs/performance.md, "Creation and screening, session 4")
        List<String> groups = me.groupIds();
        if (!groups.isEmpty() && jdbc.sql("""
                SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK
                 WHERE TASK_ID_ = :task AND TYPE_ = 'candidate' AND GROUP_ID_ IN (:groups)
                """).param("task", task.getId()).param("groups", groups).query(Long.class).single() > 0) {
            return true;
        }
        return visibleTo(me).taskId(task.getId()).count() > 0;
    }

    /**
     * Completes an open task as {@code me}, claiming it first when nobody holds it (so the history says who did it).
     * A task someone else completed since the caller's check is found gone by a query first and answered as not
     * open (a {@link NotFoundException} on the task's page: {@code TaskErrors} answers 409), rather than by the
     * engine's claim or complete failing on it (logged at ERROR as ENGINE-16004). Two completions at the very same
     * moment still meet in the engine's optimistic locking, which it logs at DEBUG.
     */
    public void complete(Task task, OnrampUser me, Map<String, Object> variables) {
        if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
            throw new NotFoundException("task", task.getId());
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), me.getUsername());
        }
        tasks.complete(task.getId(), variables);
    }

    private boolean mayHaveSeen(HistoricTaskInstance done, OnrampUser me) {
        if (me.has(Role.ADMIN) || me.getUsername().equals(done.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .anyMatch(l -> me.getUsername().equals(l.getUserId())
                        || (l.getGroupId() != null && me.groupIds().contains(l.getGroupId())));
    }
}
