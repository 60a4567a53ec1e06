package dev.onramp.hiring;

import java.time.Instant;

/** An open position of a team. */
public record Requisition(long id, long teamId, String title, long hiringManagerId, String locationPolicy,
                          int openings, String description, Status status, long openedBy, Instant openedAt,
                          Instant closedAt, String closeReason) {

    public enum Status { OPEN, CLOSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
