package dev.onramp.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The dates a report covers, both included, in the viewer's zone, and the team it is narrowed to (null: every team
 * the viewer may see). Bounded: at most {@link #MAX_DAYS} days, from {@link #EARLIEST} on.
 */
record ReportRange(LocalDate from, LocalDate to, Long team) {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 90;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static ReportRange lastDays(LocalDate today, Long team) {
        return new ReportRange(today.minusDays(DEFAULT_DAYS - 1), today, team);
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the range in {@code zone}. */
    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range in {@code zone}. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** 0 for every team: the SQL's {@code (:team = 0 OR team_id = :team)}. */
    long teamOrZero() {
        return team == null ? 0 : team;
    }
}
