package dev.onramp.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Every page needs a signed-in person except sign-in, password set-up, a candidate's
 * self-scheduling page ({@code /schedule/{token}}, the token is the permission) and static
 * assets; Camunda's webapps and the engine REST API are for admins only. Finer rules (whose task,
 * whose feedback) are checked by each feature's service on every request. Sign-in failures are throttled per
 * name and per client address ({@link SignInThrottle}); every answer carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String ENGINE_REST = "/engine-rest/**";
    static final String METRICS = "/actuator/prometheus";
    /** The role of the scrape account of {@link ScrapeProperties}: it may read the metrics and nothing else. */
    static final String METRICS_SCRAPER = "METRICS_SCRAPER";
    static final String CAMUNDA_WEBAPPS = "/camunda/**";

    /**
     * Our pages load scripts, styles, images and fonts from our own origin only, and no inline script or handler
     * runs. Camunda's webapps ({@value #CAMUNDA_WEBAPPS}) send their own, nonce-based policy instead
     * ({@code camunda.bpm.webapp.header-security}): two policies would both apply and block their scripts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The engine API answers JSON only: nothing in it may load or run anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Onramp uses none of these browser features; no page (nor anything it embeds) may ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /**
     * Spring Security observes nothing: with an observation registry present (actuator) it otherwise wraps every
     * filter of every request, and every authorization check, in an observation of its own, only to feed
     * {@code spring_security_*} timers that no dashboard or alert here reads (docs/operations.md; no tracing). The
     * requests' own metrics ({@code http_server_requests}) stay. About 3 % of a form post's CPU (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Spring Security's sign-in events (success; failure by kind: bad credentials, disabled, and a paused name or
     * address as {@link AuthenticationFailureLockedEvent}) as application events, for whoever audits them.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(ThrottledSignIn.SignInPausedException.class,
                AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * The metrics ({@value #METRICS}): an admin's session, or HTTP Basic as an admin or as the scrape account of
     * {@link ScrapeProperties} (throttled like the sign-in form). Nobody else, and no session is made for a scraper.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, SignInThrottle throttle, PeopleUserDetailsService users,
                                PasswordEncoder encoder, AuthenticationEventPublisher events,
                                ScrapeProperties scrape) throws Exception {
        var people = passwords(users, encoder);
        AuthenticationProvider accounts = people;
        if (scrape.configured()) {
            var scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(User.withUsername(scrape.scrapeUsername())
                    .password(scrape.scrapePassword()).roles(METRICS_SCRAPER).build()));
            scraper.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
            // the scrape account's name is looked up first; any other name is a person's
            accounts = new AuthenticationProvider() {
                @Override
                public Authentication authenticate(Authentication attempt) {
                    return (scrape.scrapeUsername().equals(attempt.getName()) ? scraper : people).authenticate(attempt);
                }

                @Override
                public boolean supports(Class<?> type) {
                    return people.supports(type);
                }
            };
        }
        var manager = new ProviderManager(new ThrottledSignIn(accounts, throttle));
        manager.setAuthenticationEventPublisher(events);
        return http
                .securityMatcher(path(METRICS))
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.ADMIN.name(), METRICS_SCRAPER))
                .httpBasic(basic -> basic.realmName("Onramp metrics"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> securityHeaders(headers, API_CONTENT_SECURITY_POLICY))
                .build();
    }

    /** The engine REST API: admins only, JSON answers, HTTP Basic (throttled like the sign-in form) for tools besides the browser session. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, SignInThrottle throttle, PeopleUserDetailsService users,
                                   PasswordEncoder encoder, AuthenticationEventPublisher events) throws Exception {
        return http
                .securityMatcher(path(ENGINE_REST))
                .authenticationManager(signIn(users, encoder, throttle, events))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) ->
                        json(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in as an admin to use the engine API")))
                // a request that carries its own credentials cannot be forged by another site
                .csrf(csrf -> csrf.ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization")))
                .headers(headers -> securityHeaders(headers, API_CONTENT_SECURITY_POLICY))
                .exceptionHandling(ex -> ex
                        .accessDeniedHandler(jsonAccessDenied())
                        .authenticationEntryPoint((req, res, e) ->
                                json(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in as an admin to use the engine API")))
                .build();
    }

    /**
     * Every page: the sign-in form only (no HTTP Basic), every redirect a path on this site (never built from the
     * request's Host header), and the security headers.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignInThrottle throttle, PeopleUserDetailsService users,
                            PasswordEncoder encoder, AuthenticationEventPublisher events) throws Exception {
        var signInFailed = new ExceptionMappingAuthenticationFailureHandler();
        signInFailed.setDefaultFailureUrl("/login?error");
        signInFailed.setExceptionMappings(Map.of(ThrottledSignIn.SignInPausedException.class.getName(), "/login?paused"));
        var signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setRedirectStrategy(new PathOnlyRedirects());
        var signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        signInPage.setFavorRelativeUris(true);
        return http
                .authenticationManager(signIn(users, encoder, throttle, events))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/password/**", "/schedule/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/favicon.svg",
                                "/error", "/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths(CAMUNDA_WEBAPPS, "/admin/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signedIn).failureHandler(signInFailed).permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(signInPage))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                // Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN); everything else uses ours
                .csrf(csrf -> csrf.ignoringRequestMatchers(path(CAMUNDA_WEBAPPS)))
                .headers(headers -> securityHeaders(headers, CONTENT_SECURITY_POLICY))
                .build();
    }

    /**
     * Passwords checked by BCrypt with the same work for every attempt: an unknown name is checked against a dummy
     * hash, and whether the account may sign in (enabled, from its start week) is asked only after the password,
     * so a disabled account answers as slowly as any other. Wrapped in the throttle; events published.
     */
    private static AuthenticationManager signIn(PeopleUserDetailsService users, PasswordEncoder encoder,
                                                SignInThrottle throttle, AuthenticationEventPublisher events) {
        var manager = new ProviderManager(new ThrottledSignIn(passwords(users, encoder), throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    private static DaoAuthenticationProvider passwords(PeopleUserDetailsService users, PasswordEncoder encoder) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path(CAMUNDA_WEBAPPS)),
                        new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy)));
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
