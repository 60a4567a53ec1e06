package dev.onramp.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the mentor steps before the mentor tasks ({@code onramp.onboarding.*}), in the assignee's working
 * days; the brief's defaults apply when a property is missing.
 *
 * @param confirmMentorWorkingDays            the manager confirms a mentor within this many working days…
 * @param confirmMentorBeforeStartWorkingDays …and at the latest this many working days before the new hire starts
 * @param teamLeadAfterWorkingDays            the team lead hears of an unconfirmed mentor this many working days after it was due
 * @param acceptMenteeWorkingDays             the mentor answers within this many working days; no answer is a decline
 */
@ConfigurationProperties(prefix = "onramp.onboarding")
public record OnboardingDeadlines(
        @DefaultValue("3") int confirmMentorWorkingDays,
        @DefaultValue("5") int confirmMentorBeforeStartWorkingDays,
        @DefaultValue("2") int teamLeadAfterWorkingDays,
        @DefaultValue("2") int acceptMenteeWorkingDays) {

    public static final OnboardingDeadlines DEFAULTS = new OnboardingDeadlines(3, 5, 2, 2);

    public OnboardingDeadlines {
        if (confirmMentorWorkingDays < 0 || confirmMentorBeforeStartWorkingDays < 0 || teamLeadAfterWorkingDays < 0
                || acceptMenteeWorkingDays < 0) {
            throw new IllegalArgumentException("onboarding deadlines must not be negative");
        }
    }
}
