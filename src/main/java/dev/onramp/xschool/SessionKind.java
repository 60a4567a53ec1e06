package dev.onramp.xschool;

/** What an agenda session is: two kinds everyone attends, and one per team with a new hire on the roster. */
public enum SessionKind {
    BIG_PICTURE,
    PRODUCT_TEAMS,
    TEAM_LEAD;

    /** The session's title; a team-lead session's title takes the team's name as its argument. */
    public String titleKey() {
        return switch (this) {
            case BIG_PICTURE -> "xschool.session.bigPicture";
            case PRODUCT_TEAMS -> "xschool.session.productTeams";
            case TEAM_LEAD -> "xschool.session.teamLead";
        };
    }

    public boolean everyoneAttends() {
        return this != TEAM_LEAD;
    }
}
