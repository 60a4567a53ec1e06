package dev.onramp.onboarding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Who starts, as the offer knows them: what {@link Onboarding#start(NewHireDetails)} needs to create the
 * person and run their onboarding. {@code hiringPanelIds} are the interviewers (a mentor ideally was not one).
 */
public record NewHireDetails(long applicationId, String name, String email, ZoneId zone, String country, long teamId,
                             long managerId, LocalDate startDate, Set<Long> hiringPanelIds) {

    public NewHireDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(startDate, "startDate");
        hiringPanelIds = hiringPanelIds == null ? Set.of() : Set.copyOf(hiringPanelIds);
    }
}
