package dev.onramp.onboarding;

import dev.onramp.people.WorkingHours;
import java.time.LocalDate;

/** Working-day arithmetic on local dates: Monday to Friday (no holiday calendar yet). */
final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * {@code days} working days after {@code from} (before it when negative); 0 is {@code from} itself.
     * From a weekend day, the first step lands on the next (or previous) working day.
     */
    static LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (WorkingHours.isWorkday(day)) {
                left--;
            }
        }
        return day;
    }
}
