package dev.onramp.feedback;

/**
 * A scorecard was submitted: published in the transaction that stored it, so a listener with {@code @EventListener}
 * acts in that same transaction (the reports' daily figures mark the interview's day). No personal data.
 */
public record FeedbackSubmitted(long feedbackId, long interviewId) {
}
