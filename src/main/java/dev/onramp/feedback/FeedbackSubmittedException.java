package dev.onramp.feedback;

/** The feedback is submitted and read-only: a save or a second submit is refused (409). */
class FeedbackSubmittedException extends RuntimeException {

    private final long feedbackId;

    FeedbackSubmittedException(long feedbackId) {
        super("feedback " + feedbackId + " is already submitted");
        this.feedbackId = feedbackId;
    }

    long feedbackId() {
        return feedbackId;
    }
}
