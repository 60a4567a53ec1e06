package dev.onramp.xschool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
        @Min(value = 1, message = "{xschool.cohort.capacity.range}")
        @Max(value = 500, message = "{xschool.cohort.capacity.range}")
        Integer capacity) {

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
