package dev.onramp.xschool;

import dev.onramp.people.PersonRepository;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cohorts and new hires for tests on the shared database: every test takes a "fresh" stretch of
 * calendar a year after every cohort so far, so nothing else is scheduled around or after its cohorts.
 */
final class XSchoolFixtures {

    static final ZoneId MOUNTAIN_VIEW = ZoneId.of("America/Los_Angeles");

    private final CohortRepository cohorts;
    private final PersonRepository people;
    private final JdbcClient jdbc;

    XSchoolFixtures(CohortRepository cohorts, PersonRepository people, JdbcClient jdbc) {
        this.cohorts = cohorts;
        this.people = people;
        this.jdbc = jdbc;
    }

    /**
     * A Monday a year after the latest cohort: from here on the calendar belongs to the caller. The tests' profile lets
     * cohorts be planned far enough ahead for this ({@code onramp.xschool.plan-ahead} in application-test.yaml).
     */
    LocalDate freshMonday() {
        LocalDate latest = jdbc.sql("SELECT MAX(starts_on) FROM cohort").query(LocalDate.class).single();
        LocalDate from = latest == null ? LocalDate.now() : latest;
        return from.plusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** A Monday a year before the earliest cohort: a cohort there is in the past. */
    LocalDate pastMonday() {
        LocalDate earliest = jdbc.sql("SELECT MIN(starts_on) FROM cohort").query(LocalDate.class).single();
        LocalDate from = earliest == null ? LocalDate.now() : earliest;
        return from.minusYears(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    long cohort(LocalDate startsOn, int capacity) {
        return cohorts.insert(startsOn, startsOn.plusDays(4), "Mountain View, CA", MOUNTAIN_VIEW, capacity);
    }

    /** Makes a cohort full as it stands: its capacity becomes its seats taken. */
    void fill(long cohortId) {
        jdbc.sql("UPDATE cohort SET capacity = seats_taken WHERE id = ?").param(cohortId).update();
    }

    long newHire(String country) {
        return newHire(country, null);
    }

    long newHire(String country, String passwordHash) {
        return newHire(country, passwordHash, null);
    }

    /** A new hire in Europe/Berlin in the demo team with this slug (null: no team yet). */
    long newHire(String country, String passwordHash, String teamSlug) {
        String username = "nh-" + UUID.randomUUID().toString().substring(0, 8);
        Long teamId = teamSlug == null ? null
                : jdbc.sql("SELECT id FROM team WHERE slug = ?").param(teamSlug).query(Long.class).single();
        return people.insert(new NewPerson(username, "New Hire " + username, username + "@example.com", passwordHash,
                ZoneId.of("Europe/Berlin"), country, teamId, null, LocalTime.of(9, 0), LocalTime.of(18, 0),
                LocalDate.now(), false, null, null, null, EnumSet.of(Role.NEW_HIRE)));
    }

    int seatRows(long cohortId) {
        return jdbc.sql("SELECT COUNT(*) FROM cohort_seat WHERE cohort_id = ?").param(cohortId).query(Integer.class).single();
    }

    int seatsTaken(long cohortId) {
        return cohorts.get(cohortId).seatsTaken();
    }
}
