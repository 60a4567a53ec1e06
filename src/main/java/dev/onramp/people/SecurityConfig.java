package dev.onramp.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Every page needs a signed-in person except sign-in, password set-up and static
 * assets; Camunda's webapps and the engine REST API are for admins only. Finer rules (whose task,
 * whose feedback) are checked by each feature's service on every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String ENGINE_REST = "/engine-rest/**";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The engine REST API: admins only, JSON answers, HTTP Basic for tools besides the browser session. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path(ENGINE_REST))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) ->
                        json(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in as an admin to use the engine API")))
                // a request that carries its own credentials cannot be forged by another site
                .csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
                .exceptionHandling(ex -> ex
                        .accessDeniedHandler(jsonAccessDenied())
                        .authenticationEntryPoint((req, res, e) ->
                                json(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in as an admin to use the engine API")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/password/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/camunda/**", "/admin/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                // Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN); everything else uses ours
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** Path patterns on the whole request path: Camunda's webapps and REST API are servlets of their own. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher[] paths(String... patterns) {
        return java.util.Arrays.stream(patterns).map(SecurityConfig::path).toArray(RequestMatcher[]::new);
    }

    private static AccessDeniedHandler jsonAccessDenied() {
        return (req, res, ex) -> json(res, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "The engine API is for admins only");
    }

    private static void json(HttpServletResponse res, int status, String type, String message) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    /**
     * Hands the Spring Security sign-in to Camunda's Cockpit, Tasklist and Admin (single sign-on),
     * after Spring Security has let only admins through.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 200);
        return registration;
    }
}
