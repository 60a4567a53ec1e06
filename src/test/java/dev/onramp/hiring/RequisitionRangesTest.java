package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.OutOfRangeException;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A requisition has 1 to 50 openings: at the form, and again when the service opens it. */
@OnrampAppTest
class RequisitionRangesTest {

    @Autowired
    WebTest web;
    @Autowired
    Requisitions requisitions;
    @Autowired
    TeamRepository teams;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseFiftyOneOpeningsOrANumberTooBigForAnIntAndKeepThem() {
        long before = count();
        for (String openings : new String[] {"51", "0", "99999999999999999999", "-2147483649"}) {
            Page response = web.signedIn("rita").postForm("/requisitions/new", "/requisitions", fields(openings));

            assertThat(response.status()).as(openings).isEqualTo(200);
            assertThat(response.text("#openings-error")).as(openings).isEqualTo("Enter a whole number from 1 to 50.");
            assertThat(response.value("#openings")).as(openings).isEqualTo(openings);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldHaveTheServiceRefuseFiftyOneOpenings() {
        long before = count();
        OnrampUser rita = (OnrampUser) users.loadUserByUsername("rita");
        long beats = teams.findBySlug("beats").orElseThrow().id();

        assertThatThrownBy(() -> requisitions.open(new RequisitionForm("Too many", beats, null, "Anywhere", 51, null), rita))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("openings"));
        assertThat(count()).isEqualTo(before);
    }

    private Map<String, String> fields(String openings) {
        return Map.of("title", "Ranges", "teamId", String.valueOf(teams.findBySlug("beats").orElseThrow().id()),
                "locationPolicy", "Anywhere", "openings", openings, "description", "");
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM requisition").query(Long.class).single();
    }
}
