package dev.onramp.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An interviewer's overall vote: +1 hire, 0 undecided, -1 a veto that must carry a reason. */
public enum Vote {
    PLUS_ONE(1), ZERO(0), MINUS_ONE(-1);

    private final int value;

    Vote(int value) {
        this.value = value;
    }

    /** As stored and counted: 1, 0 or -1. */
    public int value() {
        return value;
    }

    public boolean isVeto() {
        return this == MINUS_ONE;
    }

    public String messageKey() {
        return "feedback.vote." + name().toLowerCase(Locale.ROOT);
    }

    static Vote of(int value) {
        return Arrays.stream(values()).filter(v -> v.value == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vote " + value));
    }

    static Optional<Vote> parse(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
