package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.OutOfRangeException;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cohort lasts one to ten days (an end date of +999999999-12-31 once made its page list every weekday of the
 * span), has 1 to 500 seats and a first day the tables can hold; a new hire's start date likewise. At the form (field
 * error, input kept, nothing saved) and again in the repository and {@link SeatChanges}.
 */
@OnrampAppTest
class XSchoolRangesTest {

    @Autowired
    WebTest web;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    SeatChanges seatChanges;
    @Autowired
    PersonRepository people;
    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    @Test
    void shouldRefuseACohortOfElevenDaysAndKeepTheDates() {
        LocalDate monday = fixtures.freshMonday();
        long before = cohortCount();

        Page response = create(form(monday.toString(), monday.plusDays(10).toString(), "40"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#endsOn-error")).isEqualTo("A cohort lasts 1 to 10 days, first and last day included.");
        assertThat(response.value("#endsOn")).isEqualTo(monday.plusDays(10).toString());
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnEndInYear999999999AsAFieldError() {
        LocalDate monday = fixtures.freshMonday();
        long before = cohortCount();

        Page response = create(form(monday.toString(), "+999999999-12-31", "40"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#endsOn-error")).isEqualTo("A cohort lasts 1 to 10 days, first and last day included.");
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFirstDayBeyondWhatTheTablesHold() {
        Page response = create(form("+999999999-12-25", "+999999999-12-29", "40"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#startsOn-error")).startsWith("Choose a first day from today to ");
    }

    @Test
    void shouldShowACapacityThatIsNotANumberAsAFieldErrorAmongValidFields() {
        LocalDate monday = fixtures.freshMonday();

        Page response = create(form(monday.toString(), monday.plusDays(4).toString(), "Etc/GMT+99"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#capacity-error")).isEqualTo("Enter a whole number between 1 and 500.");
        assertThat(response.value("#capacity")).isEqualTo("Etc/GMT+99");
        assertThat(response.value("#startsOn")).isEqualTo(monday.toString());
    }

    @Test
    void shouldHaveTheRepositoryRefuseACohortOfElevenDaysOrOf501Seats() {
        LocalDate monday = fixtures.freshMonday();
        ZoneId zone = XSchoolFixtures.MOUNTAIN_VIEW;

        assertThatThrownBy(() -> cohorts.insert(monday, monday.plusDays(10), "Mountain View, CA", zone, 40))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        assertThatThrownBy(() -> cohorts.insert(monday, LocalDate.MAX, "Mountain View, CA", zone, 40))
                .isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> cohorts.insert(monday, monday.plusDays(4), "Mountain View, CA", zone, 501))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        long cohort = fixtures.cohort(monday, 40);
        assertThatThrownBy(() -> cohorts.update(cohort, monday, monday.plusYears(1), "Mountain View, CA", zone, 40))
                .isInstanceOf(OutOfRangeException.class);
        assertThat(cohorts.get(cohort).endsOn()).isEqualTo(monday.plusDays(4));
    }

    @Test
    void shouldRefuseAStartDateInYear999999999AtTheFormAndInTheService() {
        long person = fixtures.newHire("DE");
        LocalDate before = people.get(person).startedOn();
        String path = "/xschool/people/" + person + "/start-date";
        Visitor cora = web.signedIn("cora");

        Page refused = cora.postForm(path, path, Map.of("startDate", "+999999999-12-31"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#startDate-error")).startsWith("Choose a start date from today to ");
        assertThat(refused.value("#startDate")).isEqualTo("+999999999-12-31");
        assertThatThrownBy(() -> seatChanges.changeStartDate(person, LocalDate.MAX))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThat(people.get(person).startedOn()).isEqualTo(before);
        Page impossible = cora.postForm(path, path, Map.of("startDate", "2027-02-30"));
        assertThat(impossible.text("#startDate-error")).isEqualTo("Enter a date such as 2026-03-02.");
    }

    private Page create(Map<String, String> fields) {
        return web.signedIn("cora").postForm("/xschool/cohorts/new", "/xschool/cohorts", fields);
    }

    private long cohortCount() {
        return jdbc.sql("SELECT COUNT(*) FROM cohort").query(Long.class).single();
    }

    private static Map<String, String> form(String startsOn, String endsOn, String capacity) {
        Map<String, String> fields = new HashMap<>();
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        fields.put("place", "Mountain View, CA");
        fields.put("timeZone", "America/Los_Angeles");
        fields.put("capacity", capacity);
        return fields;
    }
}
