package dev.onramp.hiring;

/**
 * A candidate was hired: their application ended HIRED. Published inside the transaction of the hiring process's
 * hand-off; a listener that must act only once that committed uses {@code @TransactionalEventListener}.
 */
public record CandidateHired(long applicationId, long requisitionId) {
}
