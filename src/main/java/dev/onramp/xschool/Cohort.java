package dev.onramp.xschool;

import java.time.LocalDate;
import java.time.ZoneId;

/** One X-School orientation week. */
public record Cohort(long id, LocalDate startsOn, LocalDate endsOn, String place, ZoneId timeZone, int capacity,
                     int seatsTaken) {

    public int seatsLeft() {
        return capacity - seatsTaken;
    }
}
