package dev.onramp.interview;

import java.util.List;

/**
 * The slots offered for one interview, in chronological order. {@code allInsideHours} is false when
 * nothing in the horizon fits everyone and the slots are the least bad ones.
 */
public record SlotProposal(List<Slot> slots, boolean allInsideHours) {

    public SlotProposal {
        slots = List.copyOf(slots);
    }
}
