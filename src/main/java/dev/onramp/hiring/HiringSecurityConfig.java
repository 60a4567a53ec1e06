package dev.onramp.hiring;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize}: the pipeline's pages say on their controllers which roles may open them. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class HiringSecurityConfig {

    /** Who works the pipeline: open and close requisitions, see their applications. */
    static final String PIPELINE = "hasAnyRole('RECRUITER', 'HIRING_MANAGER', 'ADMIN')";
    /** Who adds candidates to a requisition. */
    static final String RECRUITING = "hasAnyRole('RECRUITER', 'ADMIN')";
}
