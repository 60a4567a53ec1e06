package dev.onramp.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link FormPostsOnly} runs before every other filter but the character encoding, Spring Security's included. */
@Configuration
class RequestLimitsConfig {

    @Bean
    FilterRegistrationBean<FormPostsOnly> formPostsOnly() {
        FilterRegistrationBean<FormPostsOnly> registration = new FilterRegistrationBean<>(new FormPostsOnly());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
