package dev.onramp.reports;

import dev.onramp.system.OnrampPostgresTest;

/** {@link DailyFiguresChecks} on PostgreSQL. */
@OnrampPostgresTest
class DailyFiguresPostgresIT extends DailyFiguresChecks {
}
