package dev.onramp.hiring;

/** Who may open what in this feature, for {@code @PreAuthorize} (turned on in the system's SecurityConfig): the pipeline's pages say on their controllers which roles may open them. */
final class HiringSecurityConfig {

    private HiringSecurityConfig() {
    }

    /** Who works the pipeline: open and close requisitions, see their applications. */
    static final String PIPELINE = "hasAnyRole('RECRUITER', 'HIRING_MANAGER', 'ADMIN')";
    /** Who adds candidates to a requisition. */
    static final String RECRUITING = "hasAnyRole('RECRUITER', 'ADMIN')";
}
