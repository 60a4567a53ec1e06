package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A requisition's pipeline board, for those who may see its applications (recruiters, admins, its
 * hiring manager); anyone else gets a 404, as for one of its applications.
 */
@Controller
class BoardController {

    static final String VIEW = "hiring/board";
    static final String LANE_VIEW = "hiring/board-lane";

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
        model.addAttribute("board", board.of(requisition, team.loopProcessKey(), PipelineBoard.CARDS_PER_LANE));
        return VIEW;
    }

    /** All the cards of one lane, a page at a time ({@code ?page=n}); an unknown lane is a 404. */
    @GetMapping("/requisitions/{id}/board/{lane}")
    public String lane(@PathVariable long id, @PathVariable String lane, @RequestParam(required = false) String page,
                       @AuthenticationPrincipal OnrampUser me, Model model) {
        Requisition requisition = applications.requireFollowable(id, me);
        Team team = teams.get(requisition.teamId());
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", team);
        model.addAttribute("lanePage", board.lane(requisition, team.loopProcessKey(), lane, page)
                .orElseThrow(() -> new NotFoundException("board lane", lane)));
        return LANE_VIEW;
    }
}
