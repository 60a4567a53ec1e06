package dev.onramp.xschool;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * X-School rules ({@code onramp.xschool.*}); the brief's defaults apply when a property is missing.
 *
 * @param leadWeeks            a new hire joins a cohort starting at least this many weeks after their start date
 * @param visaCountries        ISO 3166 country codes whose people need a visa for the cohort's place
 * @param travelTaskDaysBefore the travel task is due this many days before the cohort starts
 * @param visaTaskDaysBefore   the visa task is due this many days before the cohort starts
 */
@ConfigurationProperties(prefix = "onramp.xschool")
public record XSchoolProperties(
        @DefaultValue("3") int leadWeeks,
        @DefaultValue({"IN", "NG", "PK", "BD", "EG", "KE", "CN"}) List<String> visaCountries,
        @DefaultValue("21") int travelTaskDaysBefore,
        @DefaultValue("45") int visaTaskDaysBefore) {

    public XSchoolProperties {
        if (leadWeeks < 0 || travelTaskDaysBefore < 0 || visaTaskDaysBefore < 0) {
            throw new IllegalArgumentException("X-School lead times must not be negative");
        }
        visaCountries = visaCountries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    public boolean needsVisa(String country) {
        return country != null && visaCountries.contains(country.toUpperCase(Locale.ROOT));
    }
}
