package dev.onramp.mentor;

import java.util.Locale;

/** Why someone cannot mentor a new hire; each is a hard rule. */
public enum Ineligibility {
    IS_MANAGER,
    IS_NEW_HIRE,
    NOT_OPTED_IN,
    AT_MENTEE_LIMIT,
    TENURE_TOO_SHORT,
    TOO_LITTLE_OVERLAP,
    EXCLUDED;

    public String messageKey() {
        return "mentor.ineligible." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
