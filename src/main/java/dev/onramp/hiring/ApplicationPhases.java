package dev.onramp.hiring;

import dev.onramp.hiring.ApplicationLanes.Place;
import dev.onramp.hiring.ApplicationLanes.Step;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Where applications are now ({@link ApplicationPhase}), from {@link ApplicationLanes}: the record the process steps
 * keep in their own transaction, the same one the pipeline board counts, so the application's status, the
 * requisition page, search, the candidate list and the board always agree. Two queries however many applications
 * are asked for (the lists ask for one page at a time). It does not check who may see the applications: its caller
 * has done that.
 */
@Service
public class ApplicationPhases {

    private final ApplicationLanes lanes;

    ApplicationPhases(ApplicationLanes lanes) {
        this.lanes = lanes;
    }

    /** Each application's phase, by application id. */
    public Map<Long, ApplicationPhase> of(Collection<Application> applications) {
        Map<Long, Place> places = lanes.placesOf(applications.stream().map(Application::id).toList());
        Map<Long, ApplicationPhase> phases = new HashMap<>();
        for (Application application : applications) {
            phases.put(application.id(), phase(application, places.get(application.id())));
        }
        return phases;
    }

    /** The phase of one application at its {@code place} (null: not known, as for a row without its lane). */
    static ApplicationPhase phase(Application application, Place place) {
        if (!application.isActive() || (place != null && place.isIn(ApplicationLanes.ENDED))) {
            return ApplicationPhase.ENDED;
        }
        if (place == null || place.isIn(ApplicationLanes.SCREENING)) {
            return ApplicationPhase.SCREENING;
        }
        if (place.isIn(ApplicationLanes.DECISION)) {
            return new ApplicationPhase(place.deciding() ? ApplicationPhase.Kind.DECISION
                    : ApplicationPhase.Kind.WRAPPING_UP, null);
        }
        List<Step> stages = place.stages();
        if (stages.isEmpty()) {
            return new ApplicationPhase(ApplicationPhase.Kind.BETWEEN_STAGES, null);
        }
        return new ApplicationPhase(ApplicationPhase.Kind.STAGE,
                stages.stream().map(Step::stageName).distinct().collect(Collectors.joining(", ")));
    }
}
