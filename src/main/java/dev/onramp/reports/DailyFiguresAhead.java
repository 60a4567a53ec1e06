package dev.onramp.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores the reports' daily figures ({@link DailyFigures}) ahead of the first viewer: a while after start-up and then
 * every {@code onramp.reports.store-days-every} (default six hours), the days of the last
 * {@code onramp.reports.store-days-horizon} (default two years) that are missing or were changed since they were
 * stored. Without it the first view of a long range after a bulk load or an upgrade computes and stores every day
 * of it (11–15 s for a year of {@code docs/reports-bench-100k.sql}); reports are exact either way (a day not stored is
 * read from the rows). On the scheduler's thread (a pool of two, so the mail outbox's poll is not held up); two nodes
 * may both run it: the second finds the days stored or gives way on {@code report_day_done}'s key.
 * {@code onramp.reports.store-days-ahead=false} turns it off (the tests, which load rows with plain SQL and compare).
 */
@Component
@ConditionalOnProperty(name = "onramp.reports.store-days-ahead", havingValue = "true", matchIfMissing = true)
class DailyFiguresAhead {

    private final ReportQueries reports;
    private final Clock clock;
    private final Period horizon;

    DailyFiguresAhead(ReportQueries reports, Clock clock,
                      @Value("${onramp.reports.store-days-horizon:P2Y}") Period horizon) {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("onramp.reports.store-days-horizon must be positive, not " + horizon);
        }
        this.reports = reports;
        this.clock = clock;
        this.horizon = horizon;
    }

    @Scheduled(initialDelayString = "${onramp.reports.store-days-after-start:PT1M}",
            fixedDelayString = "${onramp.reports.store-days-every:PT6H}")
    void storeAhead() {
        Instant now = clock.instant();
        reports.storeDays(now.atOffset(ZoneOffset.UTC).minus(horizon).toInstant(), now);
    }
}
