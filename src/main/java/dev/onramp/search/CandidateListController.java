package dev.onramp.search;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationPhase;
import dev.onramp.hiring.ApplicationPhases;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.RequisitionAccess;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /candidates}: every application across requisitions that the viewer may see ({@link RequisitionAccess}: a
 * hiring manager the candidates of their own requisitions), filtered, sorted and paged; {@code /candidates.csv}
 * exports what the same filters find (audited: who, when, which filters, how many rows; never a name).
 */
@Controller
@PreAuthorize(SearchController.WHO)
class CandidateListController {

    static final String VIEW = "search/candidates";
    static final String EXPORTED = AuditActions.CANDIDATES_EXPORTED;
    static final List<String> CSV_HEADER = List.of("application_id", "candidate_name", "candidate_email", "team",
            "requisition_id", "requisition", "source", "status", "last_stage_reached", "applied_at_utc",
            "ended_at_utc");

    private final FindRepository find;
    private final ApplicationRepository applications;
    private final ApplicationPhases phases;
    private final RequisitionAccess access;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final StageNames stageNames;
    private final AuditLog audit;

    CandidateListController(FindRepository find, ApplicationRepository applications, ApplicationPhases phases,
                            RequisitionAccess access, RequisitionRepository requisitions, TeamRepository teams,
                            StageNames stageNames, AuditLog audit) {
        this.find = find;
        this.applications = applications;
        this.phases = phases;
        this.access = access;
        this.requisitions = requisitions;
        this.teams = teams;
        this.stageNames = stageNames;
        this.audit = audit;
    }

    @GetMapping("/candidates")
    String list(@ModelAttribute("filter") CandidateFilter filter, BindingResult result,
                @AuthenticationPrincipal OnrampUser me, HttpServletRequest request, Model model) {
        filter.check(result);
        CandidateFilter valid = filter.valid(result);
        Long hiringManager = access.candidatesLimitedToHiringManager(me);
        long total = find.count(valid, hiringManager, me.timeZone());
        int lastPage = (int) Math.max(1, Math.min(CandidateFilter.MAX_PAGE,
                (total + CandidateFilter.PAGE_SIZE - 1) / CandidateFilter.PAGE_SIZE));
        int page = Math.min(valid.pageOrFirst(), lastPage);
        List<FindRepository.Row> rows = find.page(valid, hiringManager, me.timeZone(),
                (page - 1) * CandidateFilter.PAGE_SIZE, CandidateFilter.PAGE_SIZE);
        List<Application> shown = applications.findByIds(rows.stream().map(FindRepository.Row::id).toList());
        Map<Long, ApplicationPhase> byId = phases.of(shown);
        model.addAttribute("rows", rows.stream().map(r -> new SearchController.Found(r, byId.get(r.id()))).toList());
        model.addAttribute("total", total);
        model.addAttribute("typedFrom", request.getParameter("from")); // a refused date is shown as it was typed
        model.addAttribute("typedTo", request.getParameter("to"));
        model.addAttribute("page", page);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("parameters", valid.parameters());
        model.addAttribute("exportHref", href("/candidates.csv", valid, null));
        model.addAttribute("previousHref", href("/candidates", valid, page - 1));
        model.addAttribute("nextHref", href("/candidates", valid, page + 1));
        model.addAttribute("teams", teams.findAll());
        model.addAttribute("requisitionChoices", requisitions.findAll().stream()
                .filter(r -> hiringManager == null || r.hiringManagerId() == hiringManager).toList());
        model.addAttribute("stages", stageNames.all());
        model.addAttribute("statuses", Application.Status.values());
        model.addAttribute("sources", Application.Source.values());
        model.addAttribute("sorts", CandidateFilter.Sort.values());
        return VIEW;
    }

    /**
     * What the filters find, as CSV (UTF-8, a header row even when nothing is found); refused filter values are left
     * out as on the page. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
     */
    @GetMapping("/candidates.csv")
    public void export(@ModelAttribute("filter") CandidateFilter filter, BindingResult result,
                       @AuthenticationPrincipal OnrampUser me, HttpServletResponse response) throws IOException {
        filter.check(result);
        CandidateFilter valid = filter.valid(result);
        Map<Long, Map<String, String>> stages = stageNames.byTeam();
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"candidates.csv\"");
        AtomicLong count = new AtomicLong();
        Writer writer = response.getWriter();
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                CSV_HEADER.toArray(String[]::new)).get());
        find.each(valid, access.candidatesLimitedToHiringManager(me), me.timeZone(), CandidateFilter.MAX_EXPORT,
                row -> {
                    try {
                        csv.printRecord(row.id(), cell(row.candidateName()), cell(row.candidateEmail()),
                                cell(row.teamName()), row.requisitionId(), cell(row.requisitionTitle()),
                                row.source().name(), row.status().name(),
                                row.stage() == null ? "" : cell(stages.getOrDefault(row.teamId(), Map.of())
                                        .getOrDefault(row.stage(), row.stage())),
                                utc(row.appliedAt()), row.endedAt() == null ? "" : utc(row.endedAt()));
                        count.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        csv.flush();
        audit.record(EXPORTED, me.getUsername(), "candidates", null,
                "rows=" + count.get() + (valid.auditDetail().isEmpty() ? "" : " " + valid.auditDetail()));
    }

    /** A link to {@code path} with the filter's parameters (encoded) and, if given, a page. */
    private static String href(String path, CandidateFilter filter, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filter.parameters().forEach(uri::queryParam);
        if (page != null) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static String utc(java.time.Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    /** A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, return first) gets a leading '. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
