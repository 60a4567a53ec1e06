package dev.onramp.tasklist;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.onboarding.OnboardingProcess;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The task list as a person sees it: their tasks and their groups', each with its team, requisition
 * and type, and whom it is about (the candidate, or the new hire), filtered, counted per filter and sorted by
 * due date. A fixed number of queries however many tasks: the tasks, the variables of their processes, the
 * requisition titles, the candidates' names, the people's names.
 */
@Service
class TaskRows {

    /** Enough for any one person's list; beyond it the filters narrow the list. */
    static final int MAX_TASKS = 1000;

    private final TaskList taskList;
    private final RuntimeService runtime;
    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskRows(TaskList taskList, RuntimeService runtime, PersonRepository people, JdbcClient jdbc, Clock clock) {
        this.taskList = taskList;
        this.runtime = runtime;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TaskPage page(OnrampUser me, TaskFilter filter) {
        List<Task> tasks = taskList.visibleTo(me).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, MAX_TASKS);
        Map<String, Map<String, Object>> vars = processVariables(tasks);
        Map<Long, String> titles = requisitionTitles(vars);
        Map<Long, String> candidates = namesById(vars, HiringProcess.VAR_APPLICATION_ID,
                "SELECT id, candidate_name FROM application WHERE id IN (:ids)");
        Map<Long, String> newHires = namesById(vars, OnboardingProcess.VAR_NEW_HIRE_ID,
                "SELECT id, display_name FROM person WHERE id IN (:ids)");
        Map<String, String> names = people.findByUsernames(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::username, Person::displayName));
        Instant now = clock.instant();
        List<TaskRow> all = tasks.stream().map(t -> {
            Map<String, Object> v = vars.getOrDefault(t.getProcessInstanceId(), Map.of());
            Long requisitionId = v.get(HiringProcess.VAR_REQUISITION_ID) instanceof Number n ? n.longValue() : null;
            String team = v.get(HiringProcess.VAR_TEAM) instanceof String s ? s : null;
            boolean overdue = t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now);
            String about = v.get(HiringProcess.VAR_APPLICATION_ID) instanceof Number a ? candidates.get(a.longValue())
                    : v.get(OnboardingProcess.VAR_NEW_HIRE_ID) instanceof Number h ? newHires.get(h.longValue()) : null;
            return new TaskRow(t.getId(), t.getName(), t.getFormKey(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    overdue, t.getAssignee(), t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()),
                    team, requisitionId, requisitionId == null ? null : titles.get(requisitionId), about);
        }).toList();
        List<TaskRow> shown = all.stream().filter(filter::accepts).sorted(Comparator
                .comparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new TaskPage(shown, all.size(), all.size() == MAX_TASKS,
                counts(all, TaskRow::team), counts(all, TaskRow::type), counts(all, TaskRow::requisitionId),
                titles, all.stream().filter(TaskRow::overdue).count(),
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
                .variableNameIn(HiringProcess.VAR_TEAM, HiringProcess.VAR_REQUISITION_ID, HiringProcess.VAR_APPLICATION_ID,
                        OnboardingProcess.VAR_NEW_HIRE_ID).list()) {
            // variables of the process instance itself, not of a local scope such as a multi-instance body
            if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return vars;
    }

    private Map<Long, String> requisitionTitles(Map<String, Map<String, Object>> vars) {
        return namesById(vars, HiringProcess.VAR_REQUISITION_ID, "SELECT id, title FROM requisition WHERE id IN (:ids)");
    }

    /** One query for the names of every id that the variable {@code name} holds: {@code sql} selects id, name. */
    private Map<Long, String> namesById(Map<String, Map<String, Object>> vars, String name, String sql) {
        Set<Long> ids = vars.values().stream().map(v -> v.get(name))
                .filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static <K extends Comparable<K>> Map<K, Long> counts(List<TaskRow> rows, Function<TaskRow, K> key) {
        return rows.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** One line of the list. {@code type} is the task's form key (screen, schedule, feedback, …). */
    record TaskRow(String id, String name, String type, Instant due, boolean overdue, String assignee,
                   String assigneeName, String team, Long requisitionId, String requisitionTitle, String about) {
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
