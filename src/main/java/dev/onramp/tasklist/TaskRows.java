package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The task list as a person sees it: their tasks and their groups', each with its team, requisition
 * and type, and whom it is about (the candidate, or the new hire), filtered, counted per filter and sorted by
 * due date. A fixed number of queries however many tasks: the tasks, the variables of their processes, what each
 * feature's {@link TaskSubjects} reads, the people's names.
 */
@Service
class TaskRows {

    /** Enough for any one person's list; beyond it the filters narrow the list. */
    static final int MAX_TASKS = 1000;

    private static final TaskSubjects.TaskSubject NOTHING = new TaskSubjects.TaskSubject(null, null, null, null);

    private final TaskList taskList;
    private final RuntimeService runtime;
    private final PersonRepository people;
    private final List<TaskSubjects> subjects;
    private final Clock clock;

    TaskRows(TaskList taskList, RuntimeService runtime, PersonRepository people, List<TaskSubjects> subjects,
             Clock clock) {
        this.taskList = taskList;
        this.runtime = runtime;
        this.people = people;
        this.subjects = List.copyOf(subjects);
        this.clock = clock;
    }

    TaskPage page(OnrampUser me, TaskFilter filter) {
        List<Task> tasks = taskList.visibleTo(me).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, MAX_TASKS);
        Map<String, TaskSubjects.TaskSubject> about = subjects(processVariables(tasks));
        Map<String, String> names = people.findByUsernames(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::username, Person::displayName));
        Set<String> releasable = taskList.groupTasks(tasks.stream()
                .filter(t -> me.getUsername().equals(t.getAssignee())).map(Task::getId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<TaskRow> all = tasks.stream().map(t -> {
            TaskSubjects.TaskSubject subject = about.getOrDefault(t.getProcessInstanceId(), NOTHING);
            boolean overdue = t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now);
            return new TaskRow(t.getId(), t.getName(), t.getFormKey(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    overdue, t.getAssignee(), t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()),
                    subject.team(), subject.requisitionId(), subject.requisitionTitle(), subject.about(),
                    releasable.contains(t.getId()));
        }).toList();
        List<TaskRow> shown = all.stream().filter(filter::accepts).sorted(Comparator
                .comparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new TaskPage(shown, all.size(), all.size() == MAX_TASKS,
                counts(all, TaskRow::team), counts(all, TaskRow::type), counts(all, TaskRow::requisitionId),
                titles(all), all.stream().filter(TaskRow::overdue).count(),
                all.stream().filter(r -> me.getUsername().equals(r.assignee())).count());
    }

    private Map<String, Map<String, Object>> processVariables(List<Task> tasks) {
        String[] processIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        Map<String, Map<String, Object>> vars = new HashMap<>();
        if (processIds.length == 0) {
            return vars;
        }
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(processIds)
                .variableNameIn(subjects.stream().flatMap(s -> s.variableNames().stream()).distinct()
                        .toArray(String[]::new)).list()) {
            // variables of the process instance itself, not of a local scope such as a multi-instance body
            if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return vars;
    }

    /** What each process instance's tasks are about, as the features say; each fact from the first that knows it. */
    private Map<String, TaskSubjects.TaskSubject> subjects(Map<String, Map<String, Object>> vars) {
        Map<String, TaskSubjects.TaskSubject> about = new HashMap<>();
        if (!vars.isEmpty()) {
            subjects.forEach(s -> s.describe(vars).forEach((pi, subject) -> about.merge(pi, subject, TaskSubjects.TaskSubject::or)));
        }
        return about;
    }

    private static Map<Long, String> titles(List<TaskRow> rows) {
        return rows.stream().filter(r -> r.requisitionId() != null && r.requisitionTitle() != null)
                .collect(Collectors.toMap(TaskRow::requisitionId, TaskRow::requisitionTitle, (a, b) -> a, TreeMap::new));
    }

    private static <K extends Comparable<K>> Map<K, Long> counts(List<TaskRow> rows, Function<TaskRow, K> key) {
        return rows.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /**
     * One line of the list. {@code type} is the task's form key (screen, schedule, feedback, …); {@code releasable}
     * when it is mine, claimed from a group (so I may unclaim it).
     */
    record TaskRow(String id, String name, String type, Instant due, boolean overdue, String assignee,
                   String assigneeName, String team, Long requisitionId, String requisitionTitle, String about,
                   boolean releasable) {
    }

    /** What the page shows: the filtered rows, and the counts for every filter over all visible tasks. */
    record TaskPage(List<TaskRow> rows, int total, boolean truncated, Map<String, Long> byTeam,
                    Map<String, Long> byType, Map<Long, Long> byRequisition, Map<Long, String> requisitionTitles,
                    long overdue, long mine) {
    }

    /** The filters of the task list; null means "any". */
    record TaskFilter(String team, Long requisition, String type, Boolean mine, String username) {

        boolean accepts(TaskRow row) {
            return (team == null || team.equals(row.team()))
                    && (requisition == null || requisition.equals(row.requisitionId()))
                    && (type == null || type.equals(row.type()))
                    && (mine == null || !mine || username.equals(row.assignee()));
        }
    }
}
