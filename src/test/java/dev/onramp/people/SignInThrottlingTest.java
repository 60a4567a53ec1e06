package dev.onramp.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sign-in throttling through the real security filter chain: five wrong passwords for one name (from anywhere)
 * pause that name, twenty failures from one address pause that address, an unknown name gets exactly the answers a
 * known one gets, correct passwords never count, and every attempt costs the same BCrypt work. Each test uses its own
 * accounts and addresses (documentation ranges), so the shared context's other sign-ins are never paused.
 */
@OnrampAppTest
@RecordApplicationEvents
class SignInThrottlingTest {

    private static final String PASSWORD = "a quiet heron over the lake";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    WebTest web;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordChecks passwordChecks;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldPauseANameAfterFiveWrongPasswordsFromAnyAddressEvenForTheRightPassword() {
        String username = person(null, Role.INTERVIEWER);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(visitor().signIn(username, "wrong password " + i).location());
        }
        Visitor owner = visitor();
        Page paused = owner.signIn(username, PASSWORD);

        assertThat(answers).containsOnly("/login?error");
        assertThat(paused.location()).isEqualTo("/login?paused");
        assertThat(owner.follow(paused).text("#login-paused"))
                .isEqualTo("Too many failed sign-ins. Please wait a few minutes, then try again.");
        assertThat(owner.get("/tasks").status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void shouldLetTheNameTryAgainAMinuteLaterAndForgetItsFailuresOnSuccess() {
        String username = person(null, Role.INTERVIEWER);
        for (int i = 0; i < 5; i++) {
            visitor().signIn(username, "wrong password " + i);
        }
        assertThat(visitor().signIn(username, PASSWORD).location()).isEqualTo("/login?paused");

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
        Visitor owner = visitor();
        assertThat(owner.signIn(username, PASSWORD).location()).isEqualTo("/");
        assertThat(owner.get("/tasks").status()).isEqualTo(200);
        // the success cleared the name's failures: another four wrong passwords do not pause it
        for (int i = 0; i < 4; i++) {
            assertThat(visitor().signIn(username, "wrong again " + i).location()).isEqualTo("/login?error");
        }
        assertThat(visitor().signIn(username, PASSWORD).location()).isEqualTo("/");
    }

    @Test
    void shouldAnswerAnUnknownNameExactlyAsAKnownOne() {
        String known = person(null, Role.INTERVIEWER);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownAnswers.add(visitor().signIn(known, "wrong password " + i).location());
            unknownAnswers.add(visitor().signIn(unknown, "wrong password " + i).location());
        }

        assertThat(knownAnswers).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
                "/login?error", "/login?paused", "/login?paused");
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
    }

    @Test
    void shouldPauseAnAddressAfterTwentyFailuresWithAnyNames() {
        Visitor attacker = visitor();
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.signIn("guess-" + i + "-" + UUID.randomUUID(), "password" + i).location())
                    .isEqualTo("/login?error");
        }

        assertThat(attacker.signIn("rita", "demo").location()).as("from the paused address").isEqualTo("/login?paused");
        assertThat(visitor().signIn("rita", "demo").location()).as("from elsewhere").isEqualTo("/");
    }

    @Test
    void shouldNeverCountCorrectPasswords() {
        Visitor office = visitor();
        for (int i = 0; i < 25; i++) {
            assertThat(office.signIn("rita", "demo").location()).as("sign-in " + (i + 1)).isEqualTo("/");
        }
    }

    @Test
    void shouldDoTheSameBcryptWorkForUnknownDisabledAndWrongPasswordAttempts() {
        String startsNextMonth = person(LocalDate.now().plusMonths(1), Role.NEW_HIRE);
        String colleague = person(null, Role.INTERVIEWER);

        int unknown = checksFor("nobody-" + UUID.randomUUID(), PASSWORD);
        int disabledRightPassword = checksFor(startsNextMonth, PASSWORD);
        int disabledWrongPassword = checksFor(startsNextMonth, "not the password");
        int wrongPassword = checksFor(colleague, "not the password");

        assertThat(List.of(unknown, disabledRightPassword, disabledWrongPassword, wrongPassword)).containsOnly(1);
        assertThat(visitor().signIn(startsNextMonth, PASSWORD).location()).as("same answer").isEqualTo("/login?error");
    }

    @Test
    void shouldPublishSignInEventsForAnAuditToListenTo() {
        String username = person(null, Role.INTERVIEWER);
        visitor().signIn(username, PASSWORD);
        for (int i = 0; i < 6; i++) {
            visitor().signIn(username, "wrong password " + i);
        }

        assertThat(events.stream(AuthenticationSuccessEvent.class)
                .filter(e -> e.getAuthentication().getName().equals(username))).hasSize(1);
        assertThat(events.stream(AbstractAuthenticationFailureEvent.class)
                .filter(e -> e.getAuthentication().getName().equals(username)))
                .extracting(Object::getClass)
                .containsExactly(AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureBadCredentialsEvent.class,
                        AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureBadCredentialsEvent.class,
                        AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureLockedEvent.class);
        String startsNextMonth = person(LocalDate.now().plusMonths(1), Role.NEW_HIRE);
        visitor().signIn(startsNextMonth, PASSWORD);
        assertThat(events.stream(AuthenticationFailureDisabledEvent.class)
                .filter(e -> e.getAuthentication().getName().equals(startsNextMonth))).hasSize(1);
    }

    @Test
    void shouldNotAcceptHttpBasicOnWebPages() {
        Page page = visitor().withHeader("Authorization", basic("rita", "demo")).get("/tasks");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/login");
    }

    /** Over the real port: the engine API is a servlet of its own, which MockMvc does not have. */
    @Test
    void shouldThrottleHttpBasicOnTheEngineApiLikeTheSignInForm() {
        String admin = person(null, Role.ADMIN);
        assertThat(engineApi(admin, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(engineApi("rita", "demo").statusCode()).as("not an admin").isEqualTo(403);

        for (int i = 0; i < 5; i++) {
            assertThat(engineApi(admin, "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> paused = engineApi(admin, PASSWORD);

        assertThat(paused.statusCode()).isEqualTo(401);
        assertThat(paused.body()).contains("\"type\":\"Unauthorized\"");
    }

    /**
     * The engine API with HTTP Basic, each call from another client address as a reverse proxy on this host tells
     * it (X-Forwarded-For, trusted from a loopback address): the pause is the name's, not the address's.
     */
    private HttpResponse<String> engineApi(String username, String password) {
        int n = ADDRESSES.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-definition"))
                .header("Accept", "application/json")
                .header("Authorization", basic(username, password))
                .header("X-Forwarded-For", "10.78." + (n / 250) + "." + (1 + n % 250))
                .GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many password checks one sign-in attempt makes. */
    private int checksFor(String username, String password) {
        Visitor visitor = visitor();
        int before = passwordChecks.count();
        visitor.signIn(username, password);
        return passwordChecks.count() - before;
    }

    /** A browser at an address of its own, never paused by another sign-in's failures. */
    private Visitor visitor() {
        int n = ADDRESSES.incrementAndGet();
        return web.signedOut().from("10.77." + (n / 250) + "." + (1 + n % 250));
    }

    /** A person who signs in with {@link #PASSWORD}, from this day on (null: any day). */
    private String person(LocalDate signInFrom, Role role) {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        people.insert(new NewPerson(username, "Throttle " + username, username + "@example.com", encoder.encode(PASSWORD),
                ZoneId.of("UTC"), "DE", null, null, LocalTime.of(9, 0), LocalTime.of(18, 0), LocalDate.now(), false,
                null, null, signInFrom, EnumSet.of(role)));
        return username;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
