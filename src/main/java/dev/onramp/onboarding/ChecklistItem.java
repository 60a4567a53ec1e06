package dev.onramp.onboarding;

import java.time.Instant;

/** One item of a new hire's checklist; {@code titleKey} is a message key, {@code title} a team's own text. */
public record ChecklistItem(long id, long newHireId, String titleKey, String title, ItemOwner owner, Instant dueAt,
                            Instant doneAt, Long doneBy) {

    public boolean done() {
        return doneAt != null;
    }
}
