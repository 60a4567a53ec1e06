package dev.onramp.hiring;

import java.util.Locale;

/**
 * The pipeline list's filters, read leniently from the query string: an unknown team or status
 * means "any", no status at all means open ones.
 *
 * @param status OPEN, CLOSED or ALL
 */
record RequisitionFilter(Long team, String status, String q) {

    static final String ALL = "ALL";

    static RequisitionFilter of(String team, String status, String q) {
        Long teamId;
        try {
            teamId = team == null || team.isBlank() ? null : Long.valueOf(team.strip());
        } catch (NumberFormatException e) {
            teamId = null;
        }
        String wanted = status == null ? Requisition.Status.OPEN.name() : status.strip().toUpperCase(Locale.ROOT);
        if (!wanted.equals(ALL) && !wanted.equals(Requisition.Status.OPEN.name()) && !wanted.equals(Requisition.Status.CLOSED.name())) {
            wanted = ALL;
        }
        return new RequisitionFilter(teamId, wanted, q == null ? "" : q.strip());
    }

    Requisition.Status statusOrNull() {
        return ALL.equals(status) ? null : Requisition.Status.valueOf(status);
    }
}
