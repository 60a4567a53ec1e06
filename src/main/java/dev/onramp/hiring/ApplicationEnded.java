package dev.onramp.hiring;

/**
 * An application ended (withdrawn, rejected, not hired, hired, or its requisition closed). Published inside the
 * transaction that recorded the outcome, so a listener with {@code @EventListener} acts in the same transaction
 * (the interview feature cancels the application's scheduled interviews there).
 */
public record ApplicationEnded(long applicationId, Application.Status status) {
}
