package dev.onramp.hiring;

import dev.onramp.hiring.HiringHistory.Stage;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Where applications are now ({@link ApplicationPhase}), from the engine's record of their process instances: two
 * queries however many applications are asked for (the lists ask for one page at a time). It does not check who may
 * see the applications: its caller has done that.
 */
@Service
public class ApplicationPhases {

    private final HiringHistory history;

    ApplicationPhases(HiringHistory history) {
        this.history = history;
    }

    /** Each application's phase, by application id. */
    public Map<Long, ApplicationPhase> of(Collection<Application> applications) {
        Map<String, List<HistoricProcessInstance>> byRoot = history.instancesOf(applications);
        List<HistoricProcessInstance> all = byRoot.values().stream().flatMap(List::stream).toList();
        Map<String, Stage> stages = history.stagesAmong(all);
        Map<Long, ApplicationPhase> phases = new HashMap<>();
        for (Application application : applications) {
            List<HistoricProcessInstance> instances = application.processInstanceId() == null ? List.of()
                    : byRoot.getOrDefault(application.processInstanceId(), List.of());
            phases.put(application.id(), phase(application, instances, stages));
        }
        return phases;
    }

    /**
     * The phase of one application whose process instances ({@code instances}, its own first among them) and stages
     * are known already.
     */
    static ApplicationPhase phase(Application application, List<HistoricProcessInstance> instances,
                                  Map<String, Stage> stages) {
        if (!application.isActive()) {
            return ApplicationPhase.ENDED;
        }
        HistoricProcessInstance root = instances.stream()
                .filter(i -> i.getId().equals(application.processInstanceId())).findFirst().orElse(null);
        if (root == null) {
            return ApplicationPhase.SCREENING; // the process has not started yet (or history is off)
        }
        if (!HiringHistory.isRunning(root)) {
            return ApplicationPhase.ENDED;
        }
        List<HistoricProcessInstance> called = instances.stream().filter(i -> i != root).toList();
        if (called.stream().anyMatch(i -> HiringHistory.isDecision(i) && HiringHistory.isRunning(i))) {
            return new ApplicationPhase(ApplicationPhase.Kind.DECISION, null);
        }
        String running = called.stream().filter(HiringHistory::isRunning).map(i -> stages.get(i.getId()))
                .filter(s -> s != null).map(Stage::name).distinct().collect(Collectors.joining(", "));
        if (!running.isEmpty()) {
            return new ApplicationPhase(ApplicationPhase.Kind.STAGE, running);
        }
        if (called.isEmpty()) {
            return ApplicationPhase.SCREENING;
        }
        if (called.stream().anyMatch(HiringHistory::isRunning)) {
            return new ApplicationPhase(ApplicationPhase.Kind.BETWEEN_STAGES, null);
        }
        return new ApplicationPhase(ApplicationPhase.Kind.WRAPPING_UP, null);
    }
}
