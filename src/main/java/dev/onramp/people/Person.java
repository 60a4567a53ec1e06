package dev.onramp.people;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Someone in the organisation. Aggregates refer to people by {@link #id()}. */
public record Person(
        long id,
        String username,
        String displayName,
        String email,
        ZoneId timeZone,
        String country,
        Long teamId,
        Long managerId,
        LocalTime workStart,
        LocalTime workEnd,
        LocalDate startedOn,
        boolean mentorOptIn,
        Integer menteeLimit,
        Integer weeklyInterviewLimit,
        Set<Role> roles) {

    public WorkingHours workingHours() {
        return new WorkingHours(timeZone, workStart, workEnd);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
