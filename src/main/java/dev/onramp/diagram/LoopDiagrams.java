package dev.onramp.diagram;

import dev.onramp.hiring.Application;
import dev.onramp.people.Team;
import dev.onramp.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * A team's loop as a picture: which deployed version an application runs on and where it stands in it (from the
 * engine's history), the loop's versions with the candidates on each, and a version's BPMN XML for the viewer.
 */
@Service
public class LoopDiagrams {

    /** The vendored viewer under {@code static/vendor/bpmn-js/} (see its README). */
    public static final String BPMN_JS_VERSION = "18.31.1";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    LoopDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /**
     * Where {@code application} stands in its team's loop: the loop instance its hiring process called (the latest,
     * should the loop run again), its version and its done and current elements; before the loop starts, the
     * latest version with nothing marked.
     */
    public ApplicationLoop forApplication(Application application, Team team) {
        HistoricProcessInstance loop = application.processInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().superProcessInstanceId(application.processInstanceId())
                .processDefinitionKey(team.loopProcessKey()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (loop == null) {
            ProcessDefinition latest = latest(team.loopProcessKey());
            return new ApplicationLoop(latest.getId(), latest.getVersion(), false, List.of(), List.of());
        }
        Map<String, Mark> done = new LinkedHashMap<>();
        Map<String, Mark> current = new LinkedHashMap<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(loop.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            if (activity.getActivityId().contains("#")) {
                continue; // the multi-instance body of an activity, shown as the activity itself
            }
            Mark mark = new Mark(activity.getActivityId(), activity.getActivityName());
            if (activity.getEndTime() == null) {
                current.put(mark.id(), mark);
            } else if (!activity.isCanceled()) {
                done.put(mark.id(), mark);
            }
        }
        current.keySet().forEach(done::remove);
        ProcessDefinition definition = repository.getProcessDefinition(loop.getProcessDefinitionId());
        return new ApplicationLoop(definition.getId(), definition.getVersion(), true, List.copyOf(done.values()),
                List.copyOf(current.values()));
    }

    /** Every deployed version of a loop, newest first, each with the candidates on it now (running instances). */
    public List<Version> versions(String loopKey) {
        List<Version> versions = new ArrayList<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .orderByProcessDefinitionVersion().desc().list()) {
            versions.add(new Version(d.getVersion(), d.getId(),
                    runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()));
        }
        if (versions.isEmpty()) {
            throw new NotFoundException("loop", loopKey);
        }
        return versions;
    }

    /** One version of a loop; 404 when it was never deployed. */
    public ProcessDefinition version(String loopKey, int version) {
        ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .processDefinitionVersion(version).singleResult();
        if (d == null) {
            throw new NotFoundException("loop version", loopKey + ":" + version);
        }
        return d;
    }

    /** The elements added, removed and changed from one version of a loop to another. */
    public LoopDiff.Changes diff(String loopKey, int from, int to) {
        return LoopDiff.between(xml(version(loopKey, from).getId()), xml(version(loopKey, to).getId()));
    }

    /** The BPMN XML of a deployed definition, as deployed. */
    public byte[] xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model of " + processDefinitionId, e);
        }
    }

    private ProcessDefinition latest(String loopKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new NotFoundException("loop", loopKey);
        }
        return latest;
    }

    /** An element of a loop's diagram, by its id, with its name (may be null). */
    public record Mark(String id, String name) {
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /** The loop version an application runs on; {@code started} false before its loop began. */
    public record ApplicationLoop(String definitionId, int version, boolean started, List<Mark> done,
                                  List<Mark> current) {
        public String doneIds() {
            return String.join(" ", done.stream().map(Mark::id).toList());
        }

        public String currentIds() {
            return String.join(" ", current.stream().map(Mark::id).toList());
        }
    }

    /** A deployed version of a loop and the candidates on it now. */
    public record Version(int version, String definitionId, long running) {
    }
}
