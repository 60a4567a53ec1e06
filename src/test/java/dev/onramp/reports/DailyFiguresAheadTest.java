package dev.onramp.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.onramp.system.OnrampAppTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DailyFiguresAhead}: the daily figures of its horizon stored before anyone asks, changed days again. */
@OnrampAppTest
class DailyFiguresAheadTest {

    @Autowired
    ReportQueries reports;
    @Autowired
    DailyFigures daily;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void shouldStoreEverySettledDayOfItsHorizonAndAChangedDayAgain() {
        daily.rebuildAll();
        new DailyFiguresAhead(reports, clock, Period.ofDays(30)).storeAhead();

        Instant now = clock.instant();
        LocalDate first = now.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        LocalDate until = now.minus(DailyFigures.SETTLED).atOffset(ZoneOffset.UTC).toLocalDate();
        long settled = ChronoUnit.DAYS.between(first, until);
        assertThat(settled).isBetween(21L, 23L);
        for (DailyFigures.Kind kind : DailyFigures.Kind.values()) {
            assertThat(stored(kind, first, until)).as(kind.key()).isEqualTo(settled);
            assertThat(stored(kind, until, until.plusDays(8))).as("%s: days not settled yet", kind.key()).isZero();
        }

        LocalDate changed = until.minusDays(3);
        jdbc.sql("INSERT INTO report_day_dirty (kind, utc_day) VALUES (?, ?)")
                .params(DailyFigures.Kind.FEEDBACK.key(), changed).update();
        new DailyFiguresAhead(reports, clock, Period.ofDays(30)).storeAhead();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_day_dirty WHERE kind = ? AND utc_day = ?")
                .params(DailyFigures.Kind.FEEDBACK.key(), changed).query(Long.class).single()).isZero();
        assertThat(stored(DailyFigures.Kind.FEEDBACK, first, until)).isEqualTo(settled);
    }

    @Test
    void shouldBeOffInTheTestsAndRefuseAHorizonThatIsNotPositive() {
        assertThat(context.getBeansOfType(DailyFiguresAhead.class)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new DailyFiguresAhead(reports, clock, Period.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new DailyFiguresAhead(reports, clock, Period.ofDays(-1)));
    }

    private long stored(DailyFigures.Kind kind, LocalDate from, LocalDate until) {
        return jdbc.sql("SELECT COUNT(*) FROM report_day_done WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                .params(kind.key(), from, until).query(Long.class).single();
    }
}
