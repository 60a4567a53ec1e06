package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The password link applies the password policy, with the reason at the field, and the table keeps only a hash. */
@OnrampAppTest
class PasswordLinkTest {

    @Autowired
    WebTest web;

    @Autowired
    PasswordTokens tokens;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowWhyAPasswordIsRefusedAtTheField() {
        String username = "ana.password" + UUID.randomUUID().toString().substring(0, 4);
        String link = PasswordController.path(tokens.create(newHire(username, "Ana Password")));
        Visitor newHire = web.signedOut();

        assertThat(fieldError(newHire, link, username + ".")).isEqualTo("Do not build your password from your name or username.");
        assertThat(fieldError(newHire, link, "correct horse\u0000battery"))
                .isEqualTo("Use letters, digits, spaces and punctuation only: no control characters such as a tab or a line break.");
        assertThat(fieldError(newHire, link, "qwertyuiop12"))
                .isEqualTo("This is one of the most used passwords, or close to one. Choose another.");
        assertThat(fieldError(newHire, link, "abcdefghijklmn"))
                .isEqualTo("This password is easy to guess. Use a few unrelated words, or more characters.");
        assertThat(fieldError(newHire, link, "short")).isEqualTo("Use at least 12 characters.");

        Page set = newHire.postForm(link, link, Map.of("password", "a quiet heron over the lake",
                "confirmation", "a quiet heron over the lake"));
        assertThat(set.location()).isEqualTo("/login?passwordSet");
    }

    @Test
    void shouldKeepOnlyTheHashOfTheTokenInTheTable() {
        long personId = newHire("ana.hash" + UUID.randomUUID().toString().substring(0, 4), "Ana Hash");
        String token = tokens.create(personId);

        String stored = jdbc.sql("SELECT token_hash FROM password_token WHERE person_id = ?").param(personId)
                .query(String.class).single();
        assertThat(stored).isNotEqualTo(token).doesNotContain(token).matches("[0-9a-f]{64}")
                .isEqualTo(PasswordTokens.hash(token));
        assertThat(web.signedOut().get(PasswordController.path(token)).status()).as("the link still works").isEqualTo(200);
        assertThat(web.signedOut().get(PasswordController.path(stored)).status()).as("the hash is no link").isEqualTo(404);
    }

    private static String fieldError(Visitor visitor, String link, String password) {
        Page page = visitor.postForm(link, link, Map.of("password", password, "confirmation", password));
        assertThat(page.status()).as(password).isEqualTo(200);
        return page.text("#password-error");
    }

    private long newHire(String username, String name) {
        return people.insert(new NewPerson(username, name, username + "@example.com", null, ZoneId.of("UTC"), "DE",
                null, null, LocalTime.of(9, 0), LocalTime.of(18, 0), LocalDate.now(), false, null, null, null,
                EnumSet.of(Role.NEW_HIRE)));
    }
}
