package dev.onramp.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task's type is the form its BPMN user task names ({@code camunda:formKey}: screen, schedule, feedback…); the
 * engine keeps it in the model, not in {@code ACT_RU_TASK}. This reads, from every deployed model, which task
 * definition keys have which form, so that the task list filters by type in its query. Read again only when the
 * deployed process definitions change (their number, or the newest; two small queries per call otherwise).
 */
@Component
class TaskTypes {

    private final RepositoryService repository;
    private volatile Snapshot snapshot = new Snapshot(-1, "", Map.of());

    TaskTypes(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every form key of a user task, with the task definition keys that show it, sorted by form key. */
    Map<String, Set<String>> byFormKey() {
        long definitions = repository.createProcessDefinitionQuery().count();
        String newest = repository.createProcessDefinitionQuery().orderByDeploymentTime().desc()
                .orderByProcessDefinitionId().desc().listPage(0, 1).stream().map(ProcessDefinition::getId)
                .findFirst().orElse("");
        Snapshot current = snapshot;
        if (current.definitions() != definitions || !current.newest().equals(newest)) {
            current = new Snapshot(definitions, newest, read(repository.createProcessDefinitionQuery().list()));
            snapshot = current;
        }
        return current.types();
    }

    /** The task definition keys of the form {@code formKey}; empty for a form no model names. */
    Set<String> taskDefinitionKeys(String formKey) {
        return byFormKey().getOrDefault(formKey, Set.of());
    }

    private Map<String, Set<String>> read(List<ProcessDefinition> definitions) {
        Map<String, Set<String>> types = new TreeMap<>();
        for (ProcessDefinition definition : definitions) {
            Collection<UserTask> userTasks = repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class);
            for (UserTask task : userTasks) {
                String formKey = task.getCamundaFormKey();
                if (formKey != null && !formKey.isBlank() && !formKey.contains("${") && !formKey.contains("#{")) {
                    types.computeIfAbsent(formKey, k -> new TreeSet<>()).add(task.getId());
                }
            }
        }
        types.replaceAll((k, v) -> Set.copyOf(v));
        return java.util.Collections.unmodifiableMap(types);
    }

    private record Snapshot(long definitions, String newest, Map<String, Set<String>> types) {
    }
}
