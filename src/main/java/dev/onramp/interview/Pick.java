package dev.onramp.interview;

import java.util.Objects;

/** One proposed interviewer and the reason they were proposed. */
public record Pick(PoolMember member, PickReason reason) {

    public Pick {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reason, "reason");
    }
}
