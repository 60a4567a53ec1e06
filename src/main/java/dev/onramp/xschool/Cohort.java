package dev.onramp.xschool;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** One X-School orientation week; its dates are in its own zone (the place's). */
public record Cohort(long id, LocalDate startsOn, LocalDate endsOn, String place, ZoneId timeZone, int capacity,
                     int seatsTaken) {

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    /** A cohort that started before today, in its own zone, is history: it can no longer be edited. */
    public boolean isPast(Clock clock) {
        return startsOn.isBefore(LocalDate.now(clock.withZone(timeZone)));
    }
}
