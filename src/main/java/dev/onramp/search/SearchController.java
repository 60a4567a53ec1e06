package dev.onramp.search;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationPhase;
import dev.onramp.hiring.ApplicationPhases;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.RequisitionAccess;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.SearchText;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: candidates by name or e-mail and requisitions by title, accents and letter case ignored, each
 * result with where it stands and a link to it. Within what the viewer may see ({@link RequisitionAccess}): a hiring
 * manager finds the candidates of their own requisitions and their own team's requisitions. Erased candidates are
 * found by their erased name only (their search text is rewritten with their data).
 */
@Controller
@PreAuthorize(SearchController.WHO)
class SearchController {

    static final String WHO = "hasAnyRole('RECRUITER', 'HIRING_MANAGER', 'ADMIN')";
    static final String VIEW = "search/results";
    /** Results per kind; one more is read to know that there are more. */
    static final int LIMIT = 25;
    /** Fewer characters than this find too much to be useful (and no trigram index helps). */
    static final int MIN_QUERY = 2;

    private final FindRepository find;
    private final ApplicationRepository applications;
    private final ApplicationPhases phases;
    private final RequisitionAccess access;

    SearchController(FindRepository find, ApplicationRepository applications, ApplicationPhases phases,
                     RequisitionAccess access) {
        this.find = find;
        this.applications = applications;
        this.phases = phases;
        this.access = access;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @AuthenticationPrincipal OnrampUser me, Model model) {
        String query = q == null ? "" : q.length() > SearchText.MAX_QUERY ? q.substring(0, SearchText.MAX_QUERY) : q;
        model.addAttribute("q", query);
        String pattern = SearchText.containsPattern(query);
        boolean searched = !pattern.isEmpty() && SearchText.normalised(query).length() >= MIN_QUERY;
        model.addAttribute("searched", searched);
        model.addAttribute("tooShort", !query.isBlank() && !searched);
        if (!searched) {
            model.addAttribute("candidates", List.of());
            model.addAttribute("requisitions", List.of());
            return VIEW;
        }
        List<FindRepository.Row> rows = find.applicationsMatching(pattern, access.candidatesLimitedToHiringManager(me),
                LIMIT + 1);
        List<FindRepository.RequisitionRow> requisitions = find.requisitionsMatching(pattern,
                access.requisitionsLimitedToTeam(me), LIMIT + 1);
        model.addAttribute("moreCandidates", rows.size() > LIMIT);
        model.addAttribute("moreRequisitions", requisitions.size() > LIMIT);
        List<FindRepository.Row> shown = rows.stream().limit(LIMIT).toList();
        model.addAttribute("candidates", withPhases(shown));
        model.addAttribute("requisitions", requisitions.stream().limit(LIMIT).toList());
        return VIEW;
    }

    private List<Found> withPhases(List<FindRepository.Row> rows) {
        List<Application> found = applications.findByIds(rows.stream().map(FindRepository.Row::id).toList());
        Map<Long, ApplicationPhase> byId = phases.of(found);
        return rows.stream().map(r -> new Found(r, byId.get(r.id()))).toList();
    }

    /** A candidate found, with where the application stands now. */
    record Found(FindRepository.Row row, ApplicationPhase phase) {
    }
}
