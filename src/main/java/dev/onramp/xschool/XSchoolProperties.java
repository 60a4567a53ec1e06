package dev.onramp.xschool;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import dev.onramp.system.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * X-School rules ({@code onramp.xschool.*}); the brief's defaults apply when a property is missing.
 *
 * @param leadWeeks            a new hire joins a cohort starting at least this many weeks after their start date
 * @param visaCountries        ISO 3166 country codes whose people need a visa for the cohort's place
 * @param travelTaskDaysBefore the travel task is due this many days before the cohort starts
 * @param visaTaskDaysBefore   the visa task is due this many days before the cohort starts
 * @param planAhead            how far ahead of today a cohort's first day, or a new hire's moved start date, may be
 *                             (default three years; at most {@link #MAX_PLAN_AHEAD}, so a year such as 999999999
 *                             reaches neither the tables nor the onboarding's timers)
 */
@ConfigurationProperties(prefix = "onramp.xschool")
public record XSchoolProperties(
        @DefaultValue("3") int leadWeeks,
        @DefaultValue({"IN", "NG", "PK", "BD", "EG", "KE", "CN"}) List<String> visaCountries,
        @DefaultValue("21") int travelTaskDaysBefore,
        @DefaultValue("45") int visaTaskDaysBefore,
        @DefaultValue("P3Y") Period planAhead) {

    static final Period MAX_PLAN_AHEAD = Period.ofYears(100);

    public XSchoolProperties {
        if (leadWeeks < 0 || travelTaskDaysBefore < 0 || visaTaskDaysBefore < 0) {
            throw new IllegalArgumentException("X-School lead times must not be negative");
        }
        if (planAhead.isNegative() || planAhead.isZero()
                || LocalDate.EPOCH.plus(planAhead).isAfter(LocalDate.EPOCH.plus(MAX_PLAN_AHEAD))) {
            throw new IllegalArgumentException("onramp.xschool.plan-ahead must be more than nothing and at most "
                    + MAX_PLAN_AHEAD);
        }
        visaCountries = visaCountries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /** First days a coordinator may choose for a cohort: from today (in the cohort's zone) to {@link #planAhead} on. */
    Range<LocalDate> cohortStartDates(LocalDate today) {
        return Range.of(today, today.plus(planAhead), "xschool.cohort.startsOn.range");
    }

    /** A new hire's new start date: from today (in their zone) to {@link #planAhead} on, at the form and in the service. */
    Range<LocalDate> startDates(LocalDate today) {
        return Range.of(today, today.plus(planAhead), "xschool.startDate.range");
    }

    public boolean needsVisa(String country) {
        return country != null && visaCountries.contains(country.toUpperCase(Locale.ROOT));
    }
}
