package dev.onramp.reports;

import dev.onramp.system.OnrampAppTest;

/** {@link DailyFiguresChecks} on H2. */
@OnrampAppTest
class DailyFiguresTest extends DailyFiguresChecks {
}
