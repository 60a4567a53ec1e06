package dev.onramp.mentor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of mentor matching ({@code onramp.mentoring.*}); the brief's defaults apply when a
 * property is missing.
 *
 * @param defaultMenteeLimit mentees a mentor takes at once unless their own limit says otherwise
 * @param minTenureMonths    months a mentor has been with us on the new hire's start date
 * @param minOverlapHours    average daily working-hours overlap with the new hire in the start week
 */
@ConfigurationProperties(prefix = "onramp.mentoring")
public record MentoringProperties(
        @DefaultValue("2") int defaultMenteeLimit,
        @DefaultValue("6") int minTenureMonths,
        @DefaultValue("4") double minOverlapHours) {

    public MentoringProperties {
        if (defaultMenteeLimit < 0 || minTenureMonths < 0 || minOverlapHours < 0) {
            throw new IllegalArgumentException("mentoring limits must not be negative");
        }
    }
}
