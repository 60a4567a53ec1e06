package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.tasklist.TaskSearch.Criteria;
import dev.onramp.tasklist.TaskSearch.Position;
import dev.onramp.tasklist.TaskSearch.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The task list as a person sees it: their tasks and their groups', each with its team, requisition
 * and type, and whom it is about (the candidate, or the new hire), filtered and paged in the query
 * ({@link TaskSearch}: keyset by due date, then id), with capped counts of the tabs and of the filters chosen (the
 * options offered are not counted). A fixed number of queries
 * however many tasks: the page's ids, the page's tasks with the variables of their processes (one statement), the
 * counts (one statement), what each feature's {@link TaskSubjects} reads, the people's names, which of mine were claimed from a group; and
 * the lists the filters offer (teams, types, requisitions).
 */
@Service
class TaskRows {

    /** About 50 a page; a request may ask for 1 to {@link #MAX_PAGE_SIZE}. */
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;

    private static final TaskSubjects.TaskSubject NOTHING = new TaskSubjects.TaskSubject(null, null, null, null);

    private final TaskList taskList;
    private final TaskSearch search;
    private final TaskTypes types;
    private final TaskService taskService;
    private final RuntimeService runtime;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final List<TaskSubjects> subjects;
    private final List<String> variableNames;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskRows(TaskList taskList, TaskSearch search, TaskTypes types, TaskService taskService, RuntimeService runtime,
             PersonRepository people, TeamRepository teams, List<TaskSubjects> subjects, JdbcClient jdbc, Clock clock) {
        this.taskList = taskList;
        this.search = search;
        this.types = types;
        this.taskService = taskService;
        this.runtime = runtime;
        this.people = people;
        this.teams = teams;
        this.subjects = List.copyOf(subjects);
        this.variableNames = subjects.stream().flatMap(s -> s.variableNames().stream()).distinct().sorted().toList();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TaskPage page(OnrampUser me, Criteria filter, Position position, int size) {
        Instant now = clock.instant();
        TaskSearch.Slice slice = search.page(me, filter, position, size);
        Loaded loaded = load(slice.ids());
        List<Line> tasks = loaded.tasks();
        Map<String, TaskSubjects.TaskSubject> about = subjects(loaded.variables());
        Map<String, String> names = people.findByUsernames(tasks.stream().map(Line::assignee)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::username, Person::displayName));
        Set<String> releasable = taskList.groupTasks(tasks.stream()
                .filter(t -> me.getUsername().equals(t.assignee())).map(Line::id).collect(Collectors.toSet()));
        List<TaskRow> rows = tasks.stream().map(t -> {
            TaskSubjects.TaskSubject subject = about.getOrDefault(t.processInstanceId(), NOTHING);
            boolean overdue = t.due() != null && t.due().isBefore(now);
            return new TaskRow(t.id(), t.name(), t.formKey(), t.due(), overdue, t.assignee(),
                    t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()),
                    subject.team(), subject.requisitionId(), subject.requisitionTitle(), subject.about(),
                    releasable.contains(t.id()));
        }).toList();

        // the filters offer every team, type and open requisition, uncounted: a count per option would read the
        // person's tasks once per option. The chosen options are counted (each by itself), as are the tabs.
        Map<String, String> teamNames = teams.findAll().stream()
                .collect(Collectors.toMap(Team::slug, Team::name, (a, b) -> a, LinkedHashMap::new));
        List<String> typeKeys = List.copyOf(types.byFormKey().keySet());
        Map<Long, String> requisitions = new LinkedHashMap<>();
        subjects.forEach(s -> s.requisitions().forEach(requisitions::putIfAbsent));
        // the option chosen stays on offer, even one no list knows (a closed requisition, a team's key typed in);
        // a type no model names has no message to show, and matches nothing
        if (filter.team() != null) {
            teamNames.putIfAbsent(filter.team(), filter.team());
        }
        if (filter.requisition() != null) {
            requisitions.putIfAbsent(filter.requisition(), null);
        }
        Map<String, Criteria> named = new LinkedHashMap<>();
        named.put("all", new Criteria(Scope.ALL, null, null, null));
        named.put("mine", new Criteria(Scope.MINE, null, null, null));
        named.put("groups", new Criteria(Scope.GROUPS, null, null, null));
        named.put("match", filter);
        if (filter.team() != null) {
            named.put("team", new Criteria(Scope.ALL, filter.team(), null, null));
        }
        if (filter.requisition() != null) {
            named.put("requisition", new Criteria(Scope.ALL, null, filter.requisition(), null));
        }
        if (filter.type() != null && typeKeys.contains(filter.type())) {
            named.put("type", new Criteria(Scope.ALL, null, null, filter.type()));
        }
        Map<String, CappedCount> counts = search.counts(me, named, now, TaskSearch.COUNT_CAP);

        // a chosen requisition no list knows (a closed one) takes its title from the page's rows
        Map<Long, String> requisitionTitles = new LinkedHashMap<>(requisitions);
        rows.stream().filter(r -> r.requisitionId() != null && r.requisitionTitle() != null)
                .forEach(r -> requisitionTitles.putIfAbsent(r.requisitionId(), r.requisitionTitle()));
        return new TaskPage(rows, counts.get("all"), counts.get("mine"), counts.get("groups"), counts.get("overdue"),
                counts.get("match"), teamNames, List.copyOf(requisitions.keySet()), requisitionTitles, typeKeys,
                counts.get("team"), counts.get("requisition"), counts.get("type"),
                slice.keys().isEmpty() || !slice.hasPrevious() ? null : slice.first().format(),
                slice.keys().isEmpty() || !slice.hasNext() ? null : slice.last().format());
    }

    /**
     * The page's tasks in the page's order, with their form keys and the variables of their process instances that the
     * features read: one statement of our own over the engine's runtime tables (the task and variable queries of the
     * engine, with their mapping, cost more than the rest of the page's rows together). The form key comes from the
     * deployed model ({@link TaskTypes}); a task whose model has none that we can read (an expression) is read through
     * the engine, as is a variable of a type that is not a plain value (none of the features' are). A task completed
     * since the page's ids were read is left out.
     */
    private Loaded load(List<String> ids) {
        if (ids.isEmpty()) {
            return new Loaded(List.of(), Map.of());
        }
        Map<String, Line> byId = new HashMap<>();
        Map<String, Map<String, Object>> vars = new HashMap<>();
        Set<String> engineValues = new java.util.HashSet<>();
        Map<String, Map<String, String>> forms = types.formKeysByDefinition();
        // the variables of the process instance itself (not of a task, nor of a scope within it)
        jdbc.sql("SELECT t.ID_, t.NAME_, t.DUE_DATE_, t.ASSIGNEE_, t.PROC_INST_ID_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_,"
                        + " v.NAME_, v.TYPE_, v.TEXT_, v.LONG_, v.DOUBLE_ FROM ACT_RU_TASK t"
                        + " LEFT JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.PROC_INST_ID_ AND v.TASK_ID_ IS NULL"
                        + (variableNames.isEmpty() ? " AND 1 = 0" : " AND v.NAME_ IN (:names)") + " WHERE t.ID_ IN (:ids)")
                .params(variableNames.isEmpty() ? Map.of("ids", ids) : Map.of("names", variableNames, "ids", ids))
                .query(rs -> {
                    String id = rs.getString(1);
                    String processInstanceId = rs.getString(5);
                    if (!byId.containsKey(id)) {
                        Timestamp due = rs.getTimestamp(3);
                        String definition = rs.getString(6);
                        String taskKey = rs.getString(7);
                        String formKey = definition == null || taskKey == null ? null
                                : forms.getOrDefault(definition, Map.of()).get(taskKey);
                        byId.put(id, new Line(id, rs.getString(2), formKey, due == null ? null : due.toInstant(),
                                rs.getString(4), processInstanceId));
                    }
                    String name = rs.getString(8);
                    if (name != null) {
                        Map<String, Object> of = vars.computeIfAbsent(processInstanceId, k -> new HashMap<>());
                        switch (rs.getString(9)) {
                            case "string" -> of.put(name, rs.getString(10));
                            case "long" -> of.put(name, rs.getLong(11));
                            case "integer" -> of.put(name, rs.getInt(11));
                            case "short" -> of.put(name, rs.getShort(11));
                            case "double" -> of.put(name, rs.getDouble(12));
                            case "boolean" -> of.put(name, rs.getLong(11) == 1);
                            case "date" -> of.put(name, new java.util.Date(rs.getLong(11)));
                            case "null" -> of.put(name, null);
                            default -> engineValues.add(processInstanceId);
                        }
                    }
                });
        // the rare case, through the engine: a form key it evaluates, a variable it deserializes
        List<String> withoutForm = byId.values().stream()
                .filter(t -> t.formKey() == null && t.processInstanceId() != null).map(Line::id).toList();
        if (!withoutForm.isEmpty()) {
            taskService.createTaskQuery().taskIdIn(withoutForm.toArray(String[]::new)).initializeFormKeys().list()
                    .forEach(t -> byId.computeIfPresent(t.getId(), (k, line) -> line.withFormKey(t.getFormKey())));
        }
        if (!engineValues.isEmpty()) {
            for (VariableInstance v : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(engineValues.toArray(String[]::new))
                    .variableNameIn(variableNames.toArray(String[]::new)).list()) {
                if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getTaskId() == null) {
                    vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
                }
            }
        }
        return new Loaded(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), vars);
    }

    /** A task of the page as its row needs it. */
    private record Line(String id, String name, String formKey, Instant due, String assignee,
                        String processInstanceId) {

        Line withFormKey(String key) {
            return new Line(id, name, key, due, assignee, processInstanceId);
        }
    }

    /** The page's tasks, in order, and the features' variables of their process instances, by process instance. */
    private record Loaded(List<Line> tasks, Map<String, Map<String, Object>> variables) {
    }

    /** What each process instance's tasks are about, as the features say; each fact from the first that knows it. */
    private Map<String, TaskSubjects.TaskSubject> subjects(Map<String, Map<String, Object>> vars) {
        Map<String, TaskSubjects.TaskSubject> about = new HashMap<>();
        if (!vars.isEmpty()) {
            subjects.forEach(s -> s.describe(vars).forEach((pi, subject) -> about.merge(pi, subject, TaskSubjects.TaskSubject::or)));
        }
        return about;
    }

    /**
     * One line of the list. {@code type} is the task's form key (screen, schedule, feedback, …); {@code releasable}
     * when it is mine, claimed from a group (so I may unclaim it).
     */
    record TaskRow(String id, String name, String type, Instant due, boolean overdue, String assignee,
                   String assigneeName, String team, Long requisitionId, String requisitionTitle, String about,
                   boolean releasable) {
    }

    /**
     * What the page shows: a page of rows; counts (each capped) of all my tasks, those assigned to me, those of my
     * groups, the overdue ones and those matching the filter; the filters' options (every team, open requisition
     * and type, and the one chosen) and the counts of the chosen ones, each by itself (null when none is chosen);
     * the keys of the pages before and after (null at either end).
     */
    record TaskPage(List<TaskRow> rows, CappedCount total, CappedCount mine, CappedCount groups, CappedCount overdue,
                    CappedCount matching, Map<String, String> teamNames, List<Long> requisitions,
                    Map<Long, String> requisitionTitles, List<String> types, CappedCount teamCount,
                    CappedCount requisitionCount, CappedCount typeCount, String previous, String next) {
    }
}
