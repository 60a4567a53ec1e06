package dev.onramp.tasklist;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A task's type is the form its BPMN user task names ({@code camunda:formKey}: screen, schedule, feedback…); the
 * engine keeps it in the model, not in {@code ACT_RU_TASK}. This reads, from every deployed model, which task
 * definition keys have which form, so that the task list filters by type in its query, and which form each user task
 * of each definition shows, so that the list reads its rows with a query of its own. Read again only when the deployed
 * process definitions change (their number, or the newest: one small statement per call otherwise).
 */
@Component
class TaskTypes {

    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, "", Map.of(), Map.of());

    TaskTypes(RepositoryService repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Every form key of a user task, with the task definition keys that show it, sorted by form key. */
    Map<String, Set<String>> byFormKey() {
        return current().types();
    }

    /** The task definition keys of the form {@code formKey}; empty for a form no model names. */
    Set<String> taskDefinitionKeys(String formKey) {
        return byFormKey().getOrDefault(formKey, Set.of());
    }

    /**
     * For each deployed process definition (by id), the form key of each of its user tasks (by task definition key),
     * as its model writes it; a task whose model has none, or one that is an expression (the engine evaluates those),
     * is not there. Ask once per request, not per task: each call checks for new deployments.
     */
    Map<String, Map<String, String>> formKeysByDefinition() {
        return current().formKeys();
    }

    /** The models as deployed now: read again when the number of definitions or the newest one changed. */
    private Snapshot current() {
        // the engine's own tables, in one statement: a pair of engine queries per page cost more than the page's rows
        Deployed deployed = jdbc.sql("SELECT (SELECT COUNT(*) FROM ACT_RE_PROCDEF),"
                        + " (SELECT p.ID_ FROM ACT_RE_PROCDEF p JOIN ACT_RE_DEPLOYMENT d ON d.ID_ = p.DEPLOYMENT_ID_"
                        + " ORDER BY d.DEPLOY_TIME_ DESC, p.ID_ DESC FETCH FIRST 1 ROWS ONLY)")
                .query((rs, n) -> new Deployed(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2))).single();
        Snapshot current = snapshot;
        if (current.definitions() != deployed.definitions() || !current.newest().equals(deployed.newest())) {
            current = read(deployed, repository.createProcessDefinitionQuery().list());
            snapshot = current;
        }
        return current;
    }

    private Snapshot read(Deployed deployed, List<ProcessDefinition> definitions) {
        Map<String, Set<String>> types = new TreeMap<>();
        Map<String, Map<String, String>> formKeys = new HashMap<>();
        for (ProcessDefinition definition : definitions) {
            Collection<UserTask> userTasks = repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class);
            Map<String, String> keys = new HashMap<>();
            for (UserTask task : userTasks) {
                String formKey = task.getCamundaFormKey();
                if (formKey != null && !formKey.isBlank() && !formKey.contains("${") && !formKey.contains("#{")) {
                    types.computeIfAbsent(formKey, k -> new TreeSet<>()).add(task.getId());
                    keys.put(task.getId(), formKey);
                }
            }
            formKeys.put(definition.getId(), Map.copyOf(keys));
        }
        types.replaceAll((k, v) -> Set.copyOf(v));
        return new Snapshot(deployed.definitions(), deployed.newest(), java.util.Collections.unmodifiableMap(types),
                Map.copyOf(formKeys));
    }

    private record Deployed(long definitions, String newest) {
    }

    private record Snapshot(long definitions, String newest, Map<String, Set<String>> types,
                            Map<String, Map<String, String>> formKeys) {
    }
}
