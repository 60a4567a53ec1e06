package dev.onramp.xschool;

/** A seat is assigned by Onramp; the new hire confirms they will attend. */
public enum SeatStatus {
    ASSIGNED,
    CONFIRMED;

    public String messageKey() {
        return "xschool.status." + name();
    }
}
