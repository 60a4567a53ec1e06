package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A requisition's pipeline board, for those who may see its applications (recruiters, admins, its
 * hiring manager); anyone else gets a 404, as for one of its applications.
 */
@Controller
class BoardController {

    static final String VIEW = "hiring/board";

    private final Applications applications;
    private final TeamRepository teams;
    private final PipelineBoard board;

    BoardController(Applications applications, TeamRepository teams, PipelineBoard board) {
        this.applications = applications;
        this.teams = teams;
        this.board = board;
    }

    @GetMapping("/requisitions/{id}/board")
    public String show(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model) {
        Requisition requisition = applications.requireFollowable(id, me);
        Team team = teams.get(requisition.teamId());
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", team);
        model.addAttribute("board", board.of(requisition, team.loopProcessKey()));
        return VIEW;
    }
}
