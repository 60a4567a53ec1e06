package dev.onramp.tasklist;

/** A reassignment to nobody, to the same person, or to someone who may not hold the task; the message key says which. */
public class UnfitAssigneeException extends RuntimeException {

    private final String messageKey;

    UnfitAssigneeException(String messageKey) {
        super("cannot reassign: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
