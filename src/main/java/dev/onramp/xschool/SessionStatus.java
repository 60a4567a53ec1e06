package dev.onramp.xschool;

/** A team-lead session is proposed by Onramp and confirmed by the lead; fixed sessions are confirmed from the start. */
public enum SessionStatus {
    PROPOSED,
    CONFIRMED;

    public String messageKey() {
        return "xschool.session.status." + name();
    }
}
