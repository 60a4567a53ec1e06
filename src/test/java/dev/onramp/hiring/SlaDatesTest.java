package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

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

    @Test
    void shouldDateEachTaskByItsDefaultWorkingDaysFromTheBrief() {
        SlaDates monday = at(MONDAY);
        assertThat(monday.due(SlaProperties.SCHEDULE_INTERVIEW).toInstant()).isEqualTo(Instant.parse("2026-12-02T09:15:00Z"));
        assertThat(monday.escalation(SlaProperties.SCHEDULE_INTERVIEW).toInstant())
                .isEqualTo(Instant.parse("2026-12-04T09:15:00Z"));
        assertThat(monday.due(SlaProperties.APPROVE_OFFER).toInstant()).isEqualTo(Instant.parse("2026-12-01T09:15:00Z"));
        assertThat(monday.escalation(SlaProperties.APPROVE_OFFER).toInstant())
                .isEqualTo(Instant.parse("2026-12-03T09:15:00Z"));
        assertThat(at(FRIDAY).due(SlaProperties.DEBRIEF).toInstant()).as("over the weekend")
                .isEqualTo(Instant.parse("2026-12-08T16:30:00Z"));
    }

    @Test
    void shouldTakeATasksWorkingDaysFromItsProperties() {
        new ApplicationContextRunner()
                .withUserConfiguration(SlaConfiguration.class)
                .withPropertyValues("onramp.sla.debrief.due=5", "onramp.sla.prepare-offer.escalation=6")
                .run(context -> {
                    SlaDates dates = context.getBean(SlaDates.class);
                    assertThat(dates.due(SlaProperties.DEBRIEF).toInstant()).isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
                    assertThat(dates.escalation(SlaProperties.DEBRIEF).toInstant()).as("the default stays")
                            .isEqualTo(Instant.parse("2026-12-04T09:15:00Z"));
                    assertThat(dates.due(SlaProperties.PREPARE_OFFER).toInstant()).as("the default stays")
                            .isEqualTo(Instant.parse("2026-12-02T09:15:00Z"));
                    assertThat(dates.escalation(SlaProperties.PREPARE_OFFER).toInstant())
                            .isEqualTo(Instant.parse("2026-12-08T09:15:00Z"));
                });
    }

    @Test
    void shouldRefuseATaskWithoutADeadline() {
        assertThatThrownBy(() -> at(MONDAY).due("record-answer")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("onramp.sla.record-answer");
    }

    @EnableConfigurationProperties(SlaProperties.class)
    static class SlaConfiguration {

        @Bean
        Clock clock() {
            return Clock.fixed(MONDAY, ZoneOffset.UTC);
        }

        @Bean
        SlaDates slaDates(Clock clock, SlaProperties deadlines) {
            return new SlaDates(clock, deadlines);
        }
    }
}
