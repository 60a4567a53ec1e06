package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.Person;
import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewerPickerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final WorkingHours CANDIDATE = WorkingHours.standard(BERLIN);
    // a Wednesday in January: Berlin 08–17 UTC, Kolkata 03:30–12:30 UTC, LA 17–02 UTC, London 09–18 UTC,
    // Denver 16–01 UTC
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");

    private final InterviewerPicker picker = new InterviewerPicker(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldLeaveOutThoseAtTheirWeeklyLimit() {
        PoolMember full = member(1, "Anna", BERLIN, 4, 4);
        PoolMember room = member(2, "Bert", BERLIN, 3, 4);

        InterviewerPicks picks = picker.pick(List.of(full, room), 2, Set.of(), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(room);
        assertThat(picks.shortOfPeople()).isTrue();
    }

    @Test
    void shouldApplyTheDefaultLimitOfFourWhenAPersonHasNone() {
        PoolMember four = PoolMember.of(person(1, "Anna", null), 4);
        PoolMember ownLimit = PoolMember.of(person(2, "Bert", 6), 4);

        InterviewerPicks picks = picker.pick(List.of(four, ownLimit), 1, Set.of(), CANDIDATE, NOW);

        assertThat(four.weeklyLimit()).isEqualTo(4);
        assertThat(picks.chosen()).extracting(PoolMember::displayName).containsExactly("Bert");
        assertThat(picks.shortOfPeople()).isFalse();
    }

    @Test
    void shouldPreferTheLeastBookedAmongThoseWithEnoughOverlap() {
        PoolMember busy = member(1, "Anna", BERLIN, 3, 4);
        PoolMember quiet = member(2, "Bert", KOLKATA, 0, 4);
        PoolMember middling = member(3, "Carla", LONDON, 1, 4);

        InterviewerPicks picks = picker.pick(List.of(busy, quiet, middling), 2, Set.of(), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(quiet, middling);
        assertThat(picks.picks()).extracting(Pick::reason).containsExactly(
                new PickReason(4.5, 0),
                new PickReason(8.0, 1));
    }

    @Test
    void shouldPreferEnoughOverlapOverFewerBookings() {
        PoolMember farAway = member(1, "Anna", LOS_ANGELES, 0, 4);
        PoolMember near = member(2, "Bert", KOLKATA, 3, 4);

        InterviewerPicks picks = picker.pick(List.of(farAway, near), 2, Set.of(), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(near, farAway);
        assertThat(picks.picks().get(1).reason()).isEqualTo(new PickReason(0.0, 0));
        assertThat(picks.picks().get(1).reason().goodOverlap()).isFalse();
    }

    @Test
    void shouldPreferMoreOverlapOverFewerBookingsWhenNobodyHasEnough() {
        PoolMember losAngeles = member(1, "Anna", LOS_ANGELES, 0, 4);
        PoolMember denver = member(2, "Bert", DENVER, 3, 4);

        InterviewerPicks picks = picker.pick(List.of(losAngeles, denver), 1, Set.of(), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(denver);
        assertThat(picks.picks().get(0).reason()).isEqualTo(new PickReason(1.0, 3));
    }

    @Test
    void shouldBreakTiesByName() {
        PoolMember zoe = member(1, "Zoe", BERLIN, 1, 4);
        PoolMember ada = member(2, "ada", BERLIN, 1, 4);

        InterviewerPicks picks = picker.pick(List.of(zoe, ada), 1, Set.of(), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(ada);
    }

    @Test
    void shouldLeaveOutThoseAlreadyOnThePanel() {
        PoolMember onPanel = member(1, "Anna", BERLIN, 0, 4);
        PoolMember other = member(2, "Bert", BERLIN, 2, 4);

        InterviewerPicks picks = picker.pick(List.of(onPanel, other), 1, Set.of(1L), CANDIDATE, NOW);

        assertThat(picks.chosen()).containsExactly(other);
        assertThat(picks.shortOfPeople()).isFalse();
    }

    @Test
    void shouldReturnWhatThereIsAndSayItIsShortOfPeople() {
        PoolMember onPanel = member(1, "Anna", BERLIN, 0, 4);
        PoolMember full = member(2, "Bert", BERLIN, 5, 4);

        InterviewerPicks picks = picker.pick(List.of(onPanel, full), 2, Set.of(1L), CANDIDATE);

        assertThat(picks.picks()).isEmpty();
        assertThat(picks.shortOfPeople()).isTrue();
    }

    private static PoolMember member(long id, String name, ZoneId zone, int booked, int limit) {
        return new PoolMember(id, name, WorkingHours.standard(zone), booked, limit);
    }

    private static Person person(long id, String name, Integer weeklyLimit) {
        return new Person(id, name.toLowerCase(), name, name.toLowerCase() + "@example.org", BERLIN, "DE", 1L, null,
                WorkingHours.DEFAULT_START, WorkingHours.DEFAULT_END, null, false, null, weeklyLimit, Set.of());
    }
}
