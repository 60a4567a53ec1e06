package dev.onramp.xschool;

import java.time.ZoneId;

/** One person on a cohort's roster; {@code team} is null for people without a team. */
public record RosterEntry(long personId, String name, String team, String country, ZoneId zone, SeatStatus status) {
}
