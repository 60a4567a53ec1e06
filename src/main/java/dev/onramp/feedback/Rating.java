package dev.onramp.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A forced choice on one focus attribute: no neutral. The strong ones need evidence. */
public enum Rating {
    STRONG_NO, NO, YES, STRONG_YES;

    public boolean isStrong() {
        return this == STRONG_NO || this == STRONG_YES;
    }

    public String messageKey() {
        return "feedback.rating." + name().toLowerCase(Locale.ROOT);
    }

    static Optional<Rating> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
