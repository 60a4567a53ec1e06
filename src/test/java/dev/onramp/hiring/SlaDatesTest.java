package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlaDatesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:15:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-12-04T16:30:00Z");

    private static SlaDates at(Instant now) {
        // the clock's own zone must not matter: days are counted in UTC
        return new SlaDates(Clock.fixed(now, ZoneId.of("Pacific/Auckland")), new SlaProperties());
    }

    @Test
    void shouldSkipTheWeekendFromFridayToWednesdayForThreeWorkingDays() {
        assertThat(at(FRIDAY).workingDaysFromNow(3).toInstant()).isEqualTo(Instant.parse("2026-12-09T16:30:00Z"));
    }

    @Test
    void shouldCountWeekdaysWithinAWeekAndKeepTheTimeOfDay() {
        assertThat(at(MONDAY).workingDaysFromNow(3).toInstant()).isEqualTo(Instant.parse("2026-12-03T09:15:00Z"));
    }

    @Test
    void shouldReachTheSameWeekdayAWeekLaterAfterFiveWorkingDays() {
        assertThat(at(MONDAY).workingDaysFromNow(5).toInstant()).isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(at(FRIDAY).workingDaysFromNow(5).toInstant()).isEqualTo(Instant.parse("2026-12-11T16:30:00Z"));
    }

    @Test
    void shouldStartCountingOnMondayWhenAskedAtTheWeekend() {
        Instant saturday = Instant.parse("2026-12-05T08:00:00Z");
        assertThat(at(saturday).workingDaysFromNow(1).toInstant()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(at(saturday).workingDaysFromNow(3).toInstant()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
    }

    @Test
    void shouldCountDaysInUtcEvenWhenItIsAlreadySaturdayInTheRecruitersZone() {
        // Friday 23:30 UTC is Saturday in Madrid; it is still a Friday for the count
        Instant lateFriday = Instant.parse("2026-12-04T23:30:00Z");
        assertThat(at(lateFriday).workingDaysFromNow(1).toInstant()).isEqualTo(Instant.parse("2026-12-07T23:30:00Z"));
        assertThat(SlaDates.ZONE).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void shouldAnswerNowForZeroDaysAndRefuseNegativeDays() {
        assertThat(at(FRIDAY).workingDaysFromNow(0).toInstant()).isEqualTo(FRIDAY);
        assertThatThrownBy(() -> at(FRIDAY).workingDaysFromNow(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
