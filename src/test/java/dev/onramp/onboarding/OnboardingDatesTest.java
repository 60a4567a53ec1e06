package dev.onramp.onboarding;

import dev.onramp.people.WorkingHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days, the mentor tasks' days and usernames: the small rules behind onboarding. */
class OnboardingDatesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void shouldSkipWeekendsCountingWorkingDaysBothWays() {
        assertThat(WorkingHours.plusWorkingDays(MONDAY, -3)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 4)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
        assertThat(WorkingHours.plusWorkingDays(LocalDate.of(2026, 3, 7), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void shouldPutEveryMentorTaskOnTheNewHiresCalendar() {
        assertThat(MentorTask.PREPARE_WELCOME.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(MentorTask.WELCOME_CALL.dueDay(MONDAY)).isEqualTo(MONDAY);
        assertThat(MentorTask.FIRST_WEEK_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(MentorTask.DAY_30_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MentorTask.DAY_60_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(MentorTask.DAY_90_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void shouldDeriveAsciiUsernamesFromAnyName() {
        assertThat(Onboarding.username("Ana López")).isEqualTo("ana.lopez");
        assertThat(Onboarding.username("  Søren  Kierkegaard ")).isEqualTo("soren.kierkegaard");
        assertThat(Onboarding.username("Jean-Luc O'Neil")).isEqualTo("jean.luc.o.neil");
        assertThat(Onboarding.username("Łukasz Straße")).isEqualTo("lukasz.strasse");
        assertThat(Onboarding.username("王小明")).isEqualTo(Onboarding.FALLBACK_USERNAME);
        assertThat(Onboarding.username("a".repeat(80))).hasSize(Onboarding.USERNAME_MAX);
    }
}
