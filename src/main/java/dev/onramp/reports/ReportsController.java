package dev.onramp.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reports}: every report for a date range (the last {@value ReportRange#DEFAULT_DAYS} days by default, at
 * most {@value ReportRange#MAX_DAYS}), each as a chart with its table, and as CSV. Recruiters and admins see every
 * team and may narrow to one; a hiring manager sees their own team only. A range that cannot be read shows its error
 * next to its field (400) and no figures.
 */
@Controller
class ReportsController {

    static final String VIEW = "reports/reports";
    static final String READERS = "hasAnyRole('RECRUITER', 'HIRING_MANAGER', 'ADMIN')";

    private final ReportQueries queries;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;

    ReportsController(ReportQueries queries, TeamRepository teams, PersonRepository people, MessageSource messages,
                      ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.teams = teams;
        this.people = people;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/reports")
    @PreAuthorize(READERS)
    String reports(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String team, @AuthenticationPrincipal OnrampUser me, Model model,
                   HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportRange range = range(from, to, team, me, errors);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("from", from == null ? range.from().toString() : from);
        model.addAttribute("to", to == null ? range.to().toString() : to);
        model.addAttribute("team", range.team());
        model.addAttribute("teams", mayChooseTeam(me) ? teams.findAll() : List.of());
        model.addAttribute("teamName", range.team() == null ? null : teams.get(range.team()).name());
        model.addAttribute("errors", errors);
        model.addAttribute("maxDays", ReportRange.MAX_DAYS);
        model.addAttribute("chartJsVersion", CHART_JS_VERSION);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reports", List.of());
            return VIEW;
        }
        List<Shown> shown = new ArrayList<>();
        for (Report report : queries.all(range, me.timeZone(), text(locale))) {
            shown.add(new Shown(report, chartJson(report, locale), csvLink(report.key(), range)));
        }
        model.addAttribute("reports", shown);
        return VIEW;
    }

    @GetMapping("/reports/{report:[a-z0-9-]+}.csv")
    @PreAuthorize(READERS)
    ResponseEntity<String> csv(@PathVariable String report, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String team,
                               @AuthenticationPrincipal OnrampUser me) {
        if (!ReportQueries.ALL.contains(report)) {
            throw new NotFoundException("report", report);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReportRange range = range(from, to, team, me, errors);
        Locale locale = LocaleContextHolder.getLocale();
        if (!errors.isEmpty()) {
            String why = String.join("\n", errors.values().stream().map(k -> messages.getMessage(k,
                    new Object[] {ReportRange.MAX_DAYS}, locale)).toList());
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(why);
        }
        Report shown = queries.report(report, range, me.timeZone(), text(locale));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(shown.columns().stream().map(k -> messages.getMessage(k, null, locale)).toList());
            for (List<String> row : shown.rows()) {
                csv.printRecord(row.stream().map(ReportsController::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "onramp-" + report + "-" + range.from() + "-" + range.to() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toString());
    }

    static final String CHART_JS_VERSION = "4.4.9";

    /** A cell that a spreadsheet would run as a formula is written as text (a leading apostrophe). */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * The range asked for, read and bounded; on an error the default range (nothing is shown). A hiring manager's
     * reports are their team's, whatever they ask (another team: 403).
     */
    private ReportRange range(String from, String to, String team, OnrampUser me, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock.withZone(me.timeZone()));
        Long teamId = teamOf(team, me, errors);
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (!errors.containsKey("from") && !errors.containsKey("to")) {
            ReportRange asked = ReportRange.lastDays(today, teamId);
            asked = new ReportRange(fromDay == null ? (toDay == null ? asked.from() : toDay.minusDays(ReportRange.DEFAULT_DAYS - 1)) : fromDay,
                    toDay == null ? (fromDay == null ? asked.to() : min(fromDay.plusDays(ReportRange.DEFAULT_DAYS - 1), today)) : toDay,
                    teamId);
            if (asked.to().isBefore(asked.from())) {
                errors.put("to", "reports.range.toBeforeFrom");
            } else if (asked.days() > ReportRange.MAX_DAYS) {
                errors.put("to", "reports.range.tooLong");
            } else {
                return asked;
            }
        }
        return ReportRange.lastDays(today, teamId);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate day(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.isBefore(ReportRange.EARLIEST) || day.getYear() > 9999) {
                errors.put(field, "reports.range.outOfRange");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put(field, "reports.range.date");
            return null;
        }
    }

    private Long teamOf(String team, OnrampUser me, Map<String, String> errors) {
        Long asked = null;
        if (team != null && !team.isBlank()) {
            try {
                asked = Long.valueOf(team.strip());
                if (teams.findById(asked).isEmpty()) {
                    errors.put("team", "reports.team.unknown");
                    asked = null;
                }
            } catch (NumberFormatException e) {
                errors.put("team", "reports.team.unknown");
            }
        }
        if (mayChooseTeam(me)) {
            return asked;
        }
        Long own = people.get(me.personId()).teamId();
        if (own == null || (asked != null && !Objects.equals(asked, own))) {
            throw new AccessDeniedException("reports of another team");
        }
        errors.remove("team");
        return own;
    }

    private static boolean mayChooseTeam(OnrampUser me) {
        return me.has(Role.RECRUITER) || me.has(Role.ADMIN);
    }

    private Function<String, String> text(Locale locale) {
        return key -> messages.getMessage(key, null, locale);
    }

    private String chartJson(Report report, Locale locale) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Report.Series s : report.chart().series()) {
            datasets.add(Map.of("label", s.labelIsKey() ? messages.getMessage(s.label(), null, locale) : s.label(),
                    "data", s.values()));
        }
        Map<String, Object> chart = Map.of("type", report.chart().type(),
                "data", Map.of("labels", report.chart().labels(), "datasets", datasets));
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csvLink(String key, ReportRange range) {
        return "/reports/" + key + ".csv?from=" + range.from() + "&to=" + range.to()
                + (range.team() == null ? "" : "&team=" + range.team());
    }

    /** A report with what the page needs: its chart as Chart.js configuration, and its CSV's link. */
    record Shown(Report report, String chartJson, String csvLink) {
    }
}
