package dev.onramp.xschool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dev.onramp.system.Range;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What a coordinator types to create or change a cohort; the dates are in the cohort's zone. */
record CohortForm(
        @NotNull(message = "{xschool.cohort.startsOn.required}")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate startsOn,
        @NotNull(message = "{xschool.cohort.endsOn.required}")
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate endsOn,
        @NotBlank(message = "{xschool.cohort.place.required}")
        @Size(max = 120, message = "{xschool.cohort.place.tooLong}")
        String place,
        @NotBlank(message = "{xschool.cohort.timeZone.required}")
        String timeZone,
        @NotNull(message = "{xschool.cohort.capacity.required}")
        @Min(value = MIN_CAPACITY, message = "{xschool.cohort.capacity.range}")
        @Max(value = MAX_CAPACITY, message = "{xschool.cohort.capacity.range}")
        Integer capacity) {

    static final int MIN_CAPACITY = 1;
    static final int MAX_CAPACITY = 500;
    static final Range<Integer> CAPACITY = Range.of(MIN_CAPACITY, MAX_CAPACITY, "xschool.cohort.capacity.range");
    /** A cohort lasts one to ten days, first and last included: no page lists more days than that. */
    static final Range<Long> DAYS = Range.of(1L, 10L, "xschool.cohort.endsOn.range");

    /** How many days the cohort from {@code startsOn} to {@code endsOn} lasts, both included. */
    static long days(LocalDate startsOn, LocalDate endsOn) {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    static final String DEFAULT_ZONE = "America/Los_Angeles";
    static final int DEFAULT_CAPACITY = 40;

    /** A new cohort in the default zone, at the place of the latest cohort if there is one. */
    static CohortForm empty(String place) {
        return new CohortForm(null, null, place, DEFAULT_ZONE, DEFAULT_CAPACITY);
    }

    static CohortForm of(Cohort cohort) {
        return new CohortForm(cohort.startsOn(), cohort.endsOn(), cohort.place(), cohort.timeZone().getId(),
                cohort.capacity());
    }
}
