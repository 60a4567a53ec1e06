package dev.onramp.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: the audit log, newest first, filtered by action, actor, subject and a date range (UTC days,
 * both included), a page at a time. Admins only (the security rule on {@code /admin/**}). A filter that cannot be
 * read (a date that is no date) shows its error next to the field and filters nothing.
 */
@Controller
class AuditController {

    static final String VIEW = "audit/log";
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 100_000;
    private static final int MAX_TEXT = 64;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
               @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "audit.filter.toBeforeFrom");
            toDay = null;
        }
        AuditFilter filter = new AuditFilter(text(action), text(actor), text(subjectType), text(subjectId),
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        int pageNo = pageNumber(page);
        model.addAttribute("result", audit.search(filter, pageNo, PAGE_SIZE));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("filter", filter);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** A filter value: blank is none; anything longer than a column can hold matches nothing anyway. */
    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static LocalDate day(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 9999) {
                errors.put(field, "audit.filter.dateRange");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.filter.date");
            return null;
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(MAX_PAGE, Integer.parseInt(page == null ? "0" : page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
