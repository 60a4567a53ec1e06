package dev.onramp.interview;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed interview time, {@code [start, end)}. {@code outsideHoursFor} names the people for whom
 * it falls outside their working hours; it is empty when the slot fits everyone.
 */
public record Slot(Instant start, Instant end, List<String> outsideHoursFor) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        outsideHoursFor = List.copyOf(outsideHoursFor);
    }

    public boolean fitsEveryone() {
        return outsideHoursFor.isEmpty();
    }
}
