package dev.onramp.diagram;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.Applications;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The loop's models for the viewer, each behind the rule of the page that shows it, and a team's loop page: its
 * versions, the candidates on each, and what changed between two of them.
 */
@Controller
class LoopDiagramController {

    static final String TEAM_LOOP_VIEW = "diagram/team-loop";

    private final LoopDiagrams diagrams;
    private final Applications applications;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final TeamLoopAccess access;

    LoopDiagramController(LoopDiagrams diagrams, Applications applications, RequisitionRepository requisitions,
                          TeamRepository teams, TeamLoopAccess access) {
        this.diagrams = diagrams;
        this.applications = applications;
        this.requisitions = requisitions;
        this.teams = teams;
        this.access = access;
    }

    /** The model of the loop version the application runs on: for whoever may see the application (else 404). */
    @GetMapping("/applications/{id}/loop/model")
    ResponseEntity<byte[]> applicationModel(@PathVariable long id, @AuthenticationPrincipal OnrampUser me) {
        Application application = applications.requireVisible(id, me);
        Team team = teams.get(requisitions.get(application.requisitionId()).teamId());
        return xml(diagrams.forApplication(application, team).definitionId());
    }

    /** One version's model: for whoever may see the team's loop page. */
    @GetMapping("/teams/{id}/loop/versions/{version}/model")
    ResponseEntity<byte[]> versionModel(@PathVariable long id, @PathVariable int version,
                                        @AuthenticationPrincipal OnrampUser me) {
        Team team = access.requireVisible(id, me);
        return xml(diagrams.version(team.loopProcessKey(), version).getId());
    }

    /**
     * The team's loop: its versions with the candidates on each, version {@code to} (the latest by default) as a
     * picture, and what changed since version {@code from} (the one before by default).
     */
    @GetMapping("/teams/{id}/loop")
    String teamLoop(@PathVariable long id, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, @AuthenticationPrincipal OnrampUser me, Model model) {
        Team team = access.requireVisible(id, me);
        List<LoopDiagrams.Version> versions = diagrams.versions(team.loopProcessKey());
        int shown = to == null ? versions.get(0).version() : diagrams.version(team.loopProcessKey(), to).getVersion();
        Integer before = from != null ? Integer.valueOf(diagrams.version(team.loopProcessKey(), from).getVersion())
                : versions.stream().map(LoopDiagrams.Version::version).filter(v -> v < shown).findFirst().orElse(null);
        model.addAttribute("team", team);
        model.addAttribute("versions", versions);
        model.addAttribute("to", shown);
        model.addAttribute("from", before);
        model.addAttribute("changes", before == null ? null : diagrams.diff(team.loopProcessKey(), before, shown));
        model.addAttribute("bpmnJsVersion", LoopDiagrams.BPMN_JS_VERSION);
        return TEAM_LOOP_VIEW;
    }

    private ResponseEntity<byte[]> xml(String processDefinitionId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(CacheControl.noStore())
                .body(diagrams.xml(processDefinitionId));
    }
}
