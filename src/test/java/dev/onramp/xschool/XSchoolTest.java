package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.NotFoundException;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.tasklist.Notifications;
import dev.onramp.tasklist.Notifications.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seats on X-School cohorts: lead time, the next train, deferral, a changed start date, visas, the database's guard. */
@OnrampAppTest
class XSchoolTest {

    @Autowired
    XSchool xschool;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    Notifications notifications;

    @Autowired
    XSchoolProperties properties;

    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    @Test
    void shouldAssignTheFirstCohortStartingAtLeastThreeWeeksAfterTheStartDate() {
        LocalDate monday = fixtures.freshMonday();
        long tooSoon = fixtures.cohort(monday, 40);
        long first = fixtures.cohort(monday.plusWeeks(4), 40);
        fixtures.cohort(monday.plusWeeks(8), 40);
        long person = fixtures.newHire("US");

        Assignment assignment = xschool.assign(person, monday.minusWeeks(1));

        assertThat(assignment.cohortId()).isEqualTo(first);
        assertThat(assignment.cohortStart()).isEqualTo(monday.plusWeeks(4));
        assertThat(assignment.travelTaskDue()).isEqualTo(monday.plusWeeks(4).minusDays(21));
        assertThat(assignment.needsVisa()).isFalse();
        assertThat(assignment.visaTaskDue()).isNull();
        assertThat(fixtures.seatsTaken(first)).isEqualTo(1);
        assertThat(fixtures.seatsTaken(tooSoon)).isZero();
        assertThat(xschool.current(person)).contains(assignment);
        assertThat(xschool.roster(first)).extracting(RosterEntry::personId, RosterEntry::status)
                .containsExactly(tuple(person, SeatStatus.ASSIGNED));
    }

    @Test
    void shouldCountExactlyThreeWeeksAsEnoughLeadTime() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday.minusDays(1), 40);
        long exactlyThreeWeeks = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("US");

        assertThat(xschool.assign(person, monday.minusWeeks(3)).cohortId()).isEqualTo(exactlyThreeWeeks);
    }

    @Test
    void shouldCatchTheNextTrainWhenTheFirstCohortIsFull() {
        LocalDate monday = fixtures.freshMonday();
        long first = fixtures.cohort(monday, 40);
        long next = fixtures.cohort(monday.plusWeeks(8), 40);
        LocalDate start = monday.minusWeeks(3);
        xschool.assign(fixtures.newHire("US"), start);
        fixtures.fill(first);

        Assignment assignment = xschool.assign(fixtures.newHire("US"), start);

        assertThat(assignment.cohortId()).isEqualTo(next);
        assertThat(fixtures.seatsTaken(first)).isEqualTo(1).isEqualTo(fixtures.seatRows(first));
        assertThat(fixtures.seatsTaken(next)).isEqualTo(1).isEqualTo(fixtures.seatRows(next));
    }

    @Test
    void shouldKeepTheSeatWhenAssignedAgainWithTheSameStartDate() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("US");

        Assignment once = xschool.assign(person, monday.minusWeeks(3));
        Assignment again = xschool.assign(person, monday.minusWeeks(3));

        assertThat(again).isEqualTo(once);
        assertThat(fixtures.seatsTaken(cohort)).isEqualTo(1).isEqualTo(fixtures.seatRows(cohort));
    }

    @Test
    void shouldDeferToTheNextCohortWithRoom() {
        LocalDate monday = fixtures.freshMonday();
        long first = fixtures.cohort(monday, 40);
        long full = fixtures.cohort(monday.plusWeeks(8), 40);
        long withRoom = fixtures.cohort(monday.plusWeeks(16), 40);
        xschool.assign(fixtures.newHire("US"), monday.plusWeeks(5));
        fixtures.fill(full);
        long person = fixtures.newHire("US");
        xschool.assign(person, monday.minusWeeks(3));
        xschool.confirm(person);

        Assignment deferred = xschool.defer(person);

        assertThat(deferred.cohortId()).isEqualTo(withRoom);
        assertThat(fixtures.seatsTaken(first)).isZero().isEqualTo(fixtures.seatRows(first));
        assertThat(fixtures.seatsTaken(full)).isEqualTo(1);
        assertThat(fixtures.seatsTaken(withRoom)).isEqualTo(1);
        assertThat(xschool.status(person)).as("a new cohort needs a new confirmation").contains(SeatStatus.ASSIGNED);
    }

    @Test
    void shouldKeepTheSeatAndTellTheCoordinatorsWhenDeferringPastTheLastCohort() {
        LocalDate monday = fixtures.freshMonday();
        long last = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("US");
        Assignment assignment = xschool.assign(person, monday.minusWeeks(3));
        long cora = people.findByUsername("cora").orElseThrow().id();

        assertThatThrownBy(() -> xschool.defer(person))
                .isInstanceOfSatisfying(NoCohortScheduledException.class, e -> {
                    assertThat(e.personId()).isEqualTo(person);
                    assertThat(e.earliest()).isEqualTo(monday.plusDays(1));
                });

        assertThat(xschool.current(person)).contains(assignment);
        assertThat(fixtures.seatsTaken(last)).isEqualTo(1).isEqualTo(fixtures.seatRows(last));
        assertThat(notifications.recent(cora, 5)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.xschool.noCohort");
            assertThat(n.args()).containsExactly(people.get(person).displayName(), monday.plusDays(1).toString());
            assertThat(n.link()).isEqualTo("/xschool");
        });
    }

    @Test
    void shouldTellTheCoordinatorsWhenNoCohortIsScheduledAfterTheStartDate() {
        LocalDate start = fixtures.freshMonday();
        long person = fixtures.newHire("IN");
        long cora = people.findByUsername("cora").orElseThrow().id();

        assertThatThrownBy(() -> xschool.assign(person, start)).isInstanceOf(NoCohortScheduledException.class);

        assertThat(xschool.current(person)).isEmpty();
        List<Notification> recent = notifications.recent(cora, 5);
        assertThat(recent).anySatisfy(n -> assertThat(n.args())
                .containsExactly(people.get(person).displayName(), start.plusWeeks(3).toString()));
    }

    @Test
    void shouldKeepTheCohortWhenTheNewStartDateStillLeavesTheLeadTime() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        fixtures.cohort(monday.plusWeeks(8), 40);
        long person = fixtures.newHire("US");
        xschool.assign(person, monday.minusWeeks(6));

        assertThat(xschool.reevaluate(person, monday.minusWeeks(3)).cohortId()).isEqualTo(cohort);
        assertThat(xschool.reevaluate(person, monday.minusWeeks(10)).cohortId()).as("earlier start, same cohort").isEqualTo(cohort);
        assertThat(fixtures.seatsTaken(cohort)).isEqualTo(1);
    }

    @Test
    void shouldMoveToTheFirstValidCohortWhenTheNewStartDateIsTooLate() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long later = fixtures.cohort(monday.plusWeeks(8), 40);
        long person = fixtures.newHire("US");
        xschool.assign(person, monday.minusWeeks(4));

        Assignment moved = xschool.reevaluate(person, monday.minusWeeks(2));

        assertThat(moved.cohortId()).isEqualTo(later);
        assertThat(fixtures.seatsTaken(cohort)).isZero().isEqualTo(fixtures.seatRows(cohort));
        assertThat(fixtures.seatsTaken(later)).isEqualTo(1).isEqualTo(fixtures.seatRows(later));
    }

    @Test
    void shouldNeedAVisaForPeopleFromTheConfiguredCountries() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        long fromIndia = fixtures.newHire("IN");
        long fromSpain = fixtures.newHire("ES");

        Assignment india = xschool.assign(fromIndia, monday.minusWeeks(3));
        Assignment spain = xschool.assign(fromSpain, monday.minusWeeks(3));

        assertThat(properties.visaCountries()).containsExactly("IN", "NG", "PK", "BD", "EG", "KE", "CN");
        assertThat(india.needsVisa()).isTrue();
        assertThat(india.visaTaskDue()).isEqualTo(monday.minusDays(45));
        assertThat(india.travelTaskDue()).isEqualTo(monday.minusDays(21));
        assertThat(spain.needsVisa()).isFalse();
        assertThat(spain.visaTaskDue()).isNull();
    }

    @Test
    void shouldReadTheVisaCountriesAndLeadTimesFromConfiguration() {
        XSchoolProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "onramp.xschool.visa-countries", "br, ar",
                "onramp.xschool.lead-weeks", "5",
                "onramp.xschool.visa-task-days-before", "60")))
                .bindOrCreate("onramp.xschool", XSchoolProperties.class);

        assertThat(configured.visaCountries()).containsExactly("BR", "AR");
        assertThat(configured.needsVisa("BR")).isTrue();
        assertThat(configured.needsVisa("IN")).isFalse();
        assertThat(configured.leadWeeks()).isEqualTo(5);
        assertThat(configured.visaTaskDaysBefore()).isEqualTo(60);
        assertThat(configured.travelTaskDaysBefore()).as("default").isEqualTo(21);
    }

    @Test
    void shouldGiveTheSeatBackOnRelease() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("US");
        xschool.assign(person, monday.minusWeeks(3));

        xschool.release(person);

        assertThat(xschool.current(person)).isEmpty();
        assertThat(fixtures.seatsTaken(cohort)).isZero().isEqualTo(fixtures.seatRows(cohort));
    }

    @Test
    void shouldListTheRosterWithTeamCountryZoneAndStatus() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("KE");
        xschool.assign(person, monday.minusWeeks(3));
        xschool.confirm(person);
        long priya = people.findByUsername("priya").orElseThrow().id();
        xschool.assign(priya, monday.minusWeeks(3));

        assertThat(xschool.roster(cohort)).extracting(RosterEntry::name, RosterEntry::team, RosterEntry::country,
                        e -> e.zone().getId(), RosterEntry::status)
                .containsExactly(
                        tuple(people.get(person).displayName(), null, "KE", "Europe/Berlin", SeatStatus.CONFIRMED),
                        tuple("Priya Raman", "Beats", "IN", "Asia/Kolkata", SeatStatus.ASSIGNED));
        assertThatThrownBy(() -> xschool.roster(-1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseMoreSeatsThanTheCapacityAndASecondSeatInTheDatabase() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 2);
        long other = fixtures.cohort(monday.plusWeeks(8), 2);
        long person = fixtures.newHire("US");
        xschool.assign(person, monday.minusWeeks(3));

        assertThatThrownBy(() -> jdbc.sql("UPDATE cohort SET seats_taken = capacity + 1 WHERE id = ?").param(cohort).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO cohort_seat (person_id, cohort_id, assigned_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
                .param(person).param(other).update())
                .isInstanceOf(DuplicateKeyException.class);
    }
}
