package dev.onramp.xschool;

/** Who may open what in this feature, for {@code @PreAuthorize} (turned on in the system's SecurityConfig): X-School's pages say on their controllers which roles may open them. */
final class XSchoolSecurityConfig {

    private XSchoolSecurityConfig() {
    }

    /** Who runs the cohorts: the list, creating and editing cohorts, rosters. */
    static final String COORDINATING = "hasAnyRole('COORDINATOR', 'ADMIN')";
    /** Who may open {@code /xschool}: coordinators get the cohorts, new hires are sent to their own seat. */
    static final String XSCHOOL_MENU = "hasAnyRole('COORDINATOR', 'ADMIN', 'NEW_HIRE')";
    /** A new hire's own assignment. */
    static final String NEW_HIRE = "hasRole('NEW_HIRE')";
}
