package dev.onramp.search;

import dev.onramp.hiring.Application;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The candidate list's filters, order and page, as query parameters ({@code /candidates?team=4&status=ACTIVE}), the
 * same for its CSV export. A value that does not parse or is out of range is a field error (see {@link #check}) and
 * filters nothing; dates are days in the viewer's zone, both ends included.
 */
record CandidateFilter(Long team, Long requisition, String stage, Application.Status status,
                       Application.Source source,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       Sort sort, Integer page) {

    static final int PAGE_SIZE = 50;
    /** Paging by offset stays cheap this far; narrow the filters to see more. */
    static final int MAX_PAGE = 200;
    /** The most rows one export holds. */
    static final int MAX_EXPORT = 50_000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern STAGE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** The list's orders; each names its SQL (never text from the request). */
    enum Sort {
        APPLIED_DESC("a.created_at DESC, a.id DESC"),
        APPLIED_ASC("a.created_at ASC, a.id ASC"),
        NAME_ASC("a.candidate_name ASC, a.id ASC"),
        NAME_DESC("a.candidate_name DESC, a.id DESC"),
        REQUISITION_ASC("r.title ASC, a.created_at DESC, a.id DESC"),
        STATUS_ASC("a.status ASC, a.created_at DESC, a.id DESC");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        public String messageKey() {
            return "candidates.sort." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static CandidateFilter none() {
        return new CandidateFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Field errors for values that parsed but make no sense; the caller then drops them ({@link #valid}). */
    void check(Errors errors) {
        if (team != null && team < 1) {
            errors.rejectValue("team", "candidates.filter.unknown");
        }
        if (requisition != null && requisition < 1) {
            errors.rejectValue("requisition", "candidates.filter.unknown");
        }
        if (stage != null && !stage.isEmpty() && !STAGE_KEY.matcher(stage).matches()) {
            errors.rejectValue("stage", "candidates.filter.unknown");
        }
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))) {
            errors.rejectValue("from", "candidates.filter.dateRange");
        }
        if (to != null && (to.isBefore(EARLIEST) || to.isAfter(LATEST))) {
            errors.rejectValue("to", "candidates.filter.dateRange");
        }
        if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "candidates.filter.toBeforeFrom");
        }
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            errors.rejectValue("page", "candidates.filter.page");
        }
    }

    /** This filter without the values {@code errors} refused (and without empty text). */
    CandidateFilter valid(Errors errors) {
        return new CandidateFilter(
                errors.hasFieldErrors("team") ? null : team,
                errors.hasFieldErrors("requisition") ? null : requisition,
                errors.hasFieldErrors("stage") || stage == null || stage.isEmpty() ? null : stage,
                errors.hasFieldErrors("status") ? null : status,
                errors.hasFieldErrors("source") ? null : source,
                errors.hasFieldErrors("from") ? null : from,
                errors.hasFieldErrors("to") ? null : to,
                errors.hasFieldErrors("sort") ? null : sort,
                errors.hasFieldErrors("page") ? null : page);
    }

    Sort sortOrDefault() {
        return sort == null ? Sort.APPLIED_DESC : sort;
    }

    String orderBy() {
        return " ORDER BY " + sortOrDefault().sql;
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    /** The query parameters of this filter (without the page), for the pages' links and the export's. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "team", team);
        put(p, "requisition", requisition);
        put(p, "stage", stage);
        put(p, "status", status);
        put(p, "source", source);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "sort", sort);
        return p;
    }

    /** Ids and values only (no personal data): what the audit log keeps of an export's filter. */
    String auditDetail() {
        StringBuilder detail = new StringBuilder();
        parameters().forEach((k, v) -> detail.append(k).append('=').append(v).append(' '));
        return detail.toString().strip();
    }

    private static void put(Map<String, Object> p, String name, Object value) {
        if (value != null) {
            p.put(name, value.toString());
        }
    }
}
