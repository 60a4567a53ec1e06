package dev.onramp.xschool;

/**
 * A person's X-School seat was re-evaluated after it was placed (a deferral or a new start date); it may have
 * moved to another cohort. Published in the same transaction; the seat table says where it is now.
 */
public record SeatMoved(long personId) {
}
