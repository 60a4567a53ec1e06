package dev.onramp.onboarding;

import java.util.Locale;

/** Who ticks a checklist item: the new hire's manager, their mentor, the new hire, or IT (admins). */
public enum ItemOwner {
    MANAGER,
    MENTOR,
    NEW_HIRE,
    IT;

    public String messageKey() {
        return "onboarding.owner." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
