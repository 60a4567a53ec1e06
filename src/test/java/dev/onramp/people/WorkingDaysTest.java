package dev.onramp.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counting working days (Monday to Friday) forwards and backwards, and that counting undoes adding. */
class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void shouldCountWorkingDaysOverAWeekendBothWays() {
        assertThat(WorkingHours.workingDaysBetween(MONDAY, MONDAY)).isZero();
        assertThat(WorkingHours.workingDaysBetween(MONDAY, MONDAY.plusDays(7))).isEqualTo(5);
        assertThat(WorkingHours.workingDaysBetween(MONDAY, MONDAY.minusDays(3))).as("back to Friday").isEqualTo(-1);
        assertThat(WorkingHours.workingDaysBetween(MONDAY.plusDays(4), MONDAY.plusDays(5))).as("Friday to Saturday")
                .isZero();
    }

    @Test
    void shouldUndoPlusWorkingDays() {
        for (int days = -12; days <= 12; days++) {
            LocalDate to = WorkingHours.plusWorkingDays(MONDAY.plusDays(2), days);
            assertThat(WorkingHours.workingDaysBetween(MONDAY.plusDays(2), to)).as(days + " working days").isEqualTo(days);
        }
    }
}
