package dev.onramp.xschool;

import dev.onramp.system.TimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The cohort checks that need the clock or our tables, for creating ({@code cohortId} null) and
 * editing alike: a known zone, a first day from today (in the cohort's zone) on, but not beyond what the tables hold, one to ten days
 * in order, one cohort per start date, and never less capacity than the people already on it.
 */
@Component
class CohortFormValidator {

    private final CohortRepository cohorts;
    private final TimeZones timeZones;
    private final XSchoolProperties properties;
    private final Clock clock;

    CohortFormValidator(CohortRepository cohorts, TimeZones timeZones, XSchoolProperties properties, Clock clock) {
        this.cohorts = cohorts;
        this.timeZones = timeZones;
        this.properties = properties;
        this.clock = clock;
    }

    void validate(CohortForm form, Long cohortId, Errors errors) {
        ZoneId zone = timeZones.parse(form.timeZone()).orElse(null);
        if (zone == null && form.timeZone() != null && !form.timeZone().isBlank()) {
            errors.rejectValue("timeZone", "xschool.cohort.timeZone.unknown");
        }
        if (form.startsOn() != null && !errors.hasFieldErrors("startsOn")) {
            LocalDate today = LocalDate.now(clock.withZone(zone == null ? ZoneId.of(CohortForm.DEFAULT_ZONE) : zone));
            if (form.startsOn().isBefore(today)) {
                errors.rejectValue("startsOn", "xschool.cohort.startsOn.past");
            } else if (!properties.cohortStartDates(today).check("startsOn", form.startsOn(), errors)) {
                // nothing to look up for a day that far ahead
            } else if (cohorts.startsOnTaken(form.startsOn(), cohortId)) {
                errors.rejectValue("startsOn", "xschool.cohort.startsOn.taken");
            }
        }
        if (form.startsOn() != null && form.endsOn() != null && !errors.hasFieldErrors("endsOn")) {
            if (form.endsOn().isBefore(form.startsOn())) {
                errors.rejectValue("endsOn", "xschool.cohort.endsOn.beforeStart");
            } else {
                CohortForm.DAYS.check("endsOn", CohortForm.days(form.startsOn(), form.endsOn()), errors);
            }
        }
        if (cohortId != null && form.capacity() != null && !errors.hasFieldErrors("capacity")) {
            int onRoster = cohorts.get(cohortId).seatsTaken();
            if (form.capacity() < onRoster) {
                rejectCapacity(errors, onRoster);
            }
        }
    }

    /** "N people are already on this cohort": also when a seat was taken between the check and the save. */
    static void rejectCapacity(Errors errors, int onRoster) {
        errors.rejectValue("capacity", "xschool.cohort.capacity.belowRoster", new Object[] {onRoster}, null);
    }
}
