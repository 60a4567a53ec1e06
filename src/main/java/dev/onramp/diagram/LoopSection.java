package dev.onramp.diagram;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The team's loop as a picture on the application's page: the version the application runs on, its current stage
 * highlighted and its done stages marked. Whoever sees the page may see the picture.
 */
@Component
class LoopSection implements ApplicationSection {

    private final LoopDiagrams diagrams;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;

    LoopSection(LoopDiagrams diagrams, RequisitionRepository requisitions, TeamRepository teams) {
        this.diagrams = diagrams;
        this.requisitions = requisitions;
        this.teams = teams;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "diagram/application-loop";
    }

    @Override
    public String fragment() {
        return "loop";
    }

    @Override
    public Map<String, Object> model(Application application, OnrampUser viewer) {
        var team = teams.get(requisitions.get(application.requisitionId()).teamId());
        Map<String, Object> model = new HashMap<>();
        model.put("loopTeam", team);
        model.put("bpmnJsVersion", LoopDiagrams.BPMN_JS_VERSION);
        try {
            model.put("loopDiagram", diagrams.forApplication(application, team));
        } catch (NotFoundException e) {
            model.put("loopDiagram", null); // the team's loop is not deployed: the page shows no picture
        }
        return model;
    }
}
