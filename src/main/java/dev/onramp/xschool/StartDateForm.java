package dev.onramp.xschool;

import jakarta.validation.constraints.NotNull;
import dev.onramp.system.Range;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new hire's new first working day, in their own zone. */
record StartDateForm(
        @NotNull(message = "{xschool.startDate.required}")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate startDate) {

    /**
     * How far ahead a start date may be moved: as far as a cohort may be planned ({@link CohortForm#PLANNED_WITHIN}),
     * so that a year such as 999999999 reaches neither the tables nor the onboarding's timers.
     */
    static final Period WITHIN = CohortForm.PLANNED_WITHIN;

    /** From today (in the new hire's zone) to {@link #WITHIN} on: at the form and again in {@link SeatChanges}. */
    static Range<LocalDate> startDates(LocalDate today) {
        return Range.of(today, today.plus(WITHIN), "xschool.startDate.range");
    }
}
