package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.xschool.AgendaScheduler.Booking;
import dev.onramp.xschool.AgendaScheduler.FixedSession;
import dev.onramp.xschool.AgendaScheduler.Request;
import dev.onramp.xschool.AgendaScheduler.WeekFullException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Where the week's sessions go: fixed mornings, lunch, the earliest free hour, no clash for any attendee. */
class AgendaSchedulerTest {

    static final ZoneId MOUNTAIN_VIEW = ZoneId.of("America/Los_Angeles");
    static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);
    static final List<LocalDate> WEEK = AgendaScheduler.weekDays(MONDAY, MONDAY.plusDays(4));
    static final long LEAD_A = 1, LEAD_B = 2;

    @Test
    void shouldHoldTheFixedSessionsOnMondayTuesdayAndWednesdayMorningInMountainViewTime() {
        List<FixedSession> fixed = AgendaScheduler.fixedSessions(WEEK, MOUNTAIN_VIEW);

        assertThat(fixed).extracting(FixedSession::kind)
                .containsExactly(SessionKind.BIG_PICTURE, SessionKind.PRODUCT_TEAMS, SessionKind.PRODUCT_TEAMS);
        for (int i = 0; i < 3; i++) {
            assertThat(local(fixed.get(i).startsAt())).isEqualTo(MONDAY.plusDays(i).atTime(9, 0));
            assertThat(local(fixed.get(i).endsAt())).isEqualTo(MONDAY.plusDays(i).atTime(12, 0));
        }
        assertThat(WEEK).hasSize(5).doesNotContain(MONDAY.plusDays(5), MONDAY.plusDays(6));
    }

    @Test
    void shouldPlaceATeamLeadSessionInTheFirstHourAfterTheFixedMorningAndLunch() {
        Map<Long, Booking> placed = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(), List.of(team(10, LEAD_A, 100)));

        assertThat(local(placed.get(10L).startsAt())).isEqualTo(MONDAY.atTime(13, 0));
        assertThat(local(placed.get(10L).endsAt())).isEqualTo(MONDAY.atTime(14, 0));
    }

    @Test
    void shouldRunSessionsWithNoAttendeeInCommonAtTheSameHour() {
        Map<Long, Booking> placed = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(),
                List.of(team(10, LEAD_A, 100, 101), team(20, LEAD_B, 200)));

        assertThat(placed.get(10L).startsAt()).isEqualTo(placed.get(20L).startsAt());
    }

    @Test
    void shouldNotDoubleBookALeadOfTwoTeams() {
        Map<Long, Booking> placed = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(),
                List.of(team(10, LEAD_A, 100), team(20, LEAD_A, 200), team(30, LEAD_B, 300)));

        assertThat(local(placed.get(10L).startsAt())).isEqualTo(MONDAY.atTime(13, 0));
        assertThat(local(placed.get(20L).startsAt())).as("the lead is busy at 13:00").isEqualTo(MONDAY.atTime(14, 0));
        assertThat(local(placed.get(30L).startsAt())).isEqualTo(MONDAY.atTime(13, 0));
    }

    @Test
    void shouldGiveNoAttendeeTwoSessionsAtOnceAndRespectTheFixedSessionsLunchAndTheEndOfTheDay() {
        List<Request> requests = new ArrayList<>();
        for (long t = 0; t < 20; t++) {
            // four leads, each leading five teams; a few new hires sit in two teams' sessions
            requests.add(new Request(t, Set.of(1000 + t % 4, 2000 + t, 2000 + (t + 1) % 20)));
        }
        List<Booking> fixed = fixed();

        Map<Long, Booking> placed = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed, requests);

        List<Booking> all = new ArrayList<>(placed.values());
        for (int i = 0; i < all.size(); i++) {
            Booking b = all.get(i);
            assertThat(fixed).noneMatch(b::overlaps);
            LocalDateTime start = local(b.startsAt());
            LocalDateTime end = local(b.endsAt());
            assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));
            assertThat(end.toLocalTime()).isBeforeOrEqualTo(LocalTime.of(17, 0));
            assertThat(start.toLocalTime().isBefore(LocalTime.of(13, 0)) && end.toLocalTime().isAfter(LocalTime.of(12, 0)))
                    .as("over lunch: " + start).isFalse();
            assertThat(WEEK).contains(start.toLocalDate());
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(b.clashesWith(all.get(j))).as(b + " and " + all.get(j)).isFalse();
            }
        }
    }

    @Test
    void shouldPlaceTheSameWeekForTheSameRequests() {
        List<Request> requests = LongStream.range(0, 12).mapToObj(t -> team(t, 1000 + t % 3, 2000 + t)).toList();

        Map<Long, Booking> first = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(), requests);
        Map<Long, Booking> second = AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(), requests);

        assertThat(second).isEqualTo(first);
        assertThat(second.keySet()).containsExactlyElementsOf(LongStream.range(0, 12).boxed().toList());
    }

    @Test
    void shouldFailClearlyWhenALeadHasNoFreeHourLeftInTheWeek() {
        // 26 free hours: Mon-Wed 13:00-17:00 (3 x 4) and Thu-Fri 09:00-12:00 and 13:00-17:00 (2 x 7)
        List<Request> requests = LongStream.range(0, 27).mapToObj(t -> team(t, LEAD_A, 2000 + t)).toList();

        assertThat(AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(), requests.subList(0, 26))).hasSize(26);
        assertThatThrownBy(() -> AgendaScheduler.place(WEEK, MOUNTAIN_VIEW, fixed(), requests))
                .isInstanceOf(WeekFullException.class)
                .hasMessageContaining("team 26").hasMessageContaining("no free hour")
                .hasMessageContaining(MONDAY.toString());
    }

    @Test
    void shouldKeepASessionOnlyWhereItStillFits() {
        Booking tuesdayAfternoon = booking(MONDAY.plusDays(1).atTime(14, 0), LEAD_A, 100);
        Booking tuesdayMorning = booking(MONDAY.plusDays(1).atTime(10, 0), LEAD_A, 100);
        Booking overLunch = new Booking(zoned(MONDAY.plusDays(3).atTime(11, 30)), zoned(MONDAY.plusDays(3).atTime(12, 30)),
                false, Set.of(LEAD_A));
        Booking saturday = booking(MONDAY.plusDays(5).atTime(10, 0), LEAD_A, 100);

        assertThat(AgendaScheduler.fits(tuesdayAfternoon, WEEK, MOUNTAIN_VIEW, fixed())).isTrue();
        assertThat(AgendaScheduler.fits(tuesdayMorning, WEEK, MOUNTAIN_VIEW, fixed())).isFalse();
        assertThat(AgendaScheduler.fits(overLunch, WEEK, MOUNTAIN_VIEW, fixed())).isFalse();
        assertThat(AgendaScheduler.fits(saturday, WEEK, MOUNTAIN_VIEW, fixed())).isFalse();
        assertThat(AgendaScheduler.fits(tuesdayAfternoon, WEEK, MOUNTAIN_VIEW,
                List.of(booking(MONDAY.plusDays(1).atTime(14, 0), LEAD_A, 999)))).as("the lead is taken").isFalse();
    }

    private static List<Booking> fixed() {
        return AgendaScheduler.fixedSessions(WEEK, MOUNTAIN_VIEW).stream()
                .map(f -> Booking.forEveryone(f.startsAt(), f.endsAt())).toList();
    }

    private static Request team(long teamId, long lead, long... newHires) {
        Set<Long> who = new java.util.HashSet<>(LongStream.of(newHires).boxed().toList());
        who.add(lead);
        return new Request(teamId, who);
    }

    private static Booking booking(LocalDateTime start, long... attendees) {
        return new Booking(zoned(start), zoned(start.plusHours(1)), false, Set.copyOf(LongStream.of(attendees).boxed().toList()));
    }

    private static java.time.Instant zoned(LocalDateTime local) {
        return local.atZone(MOUNTAIN_VIEW).toInstant();
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, MOUNTAIN_VIEW);
    }
}
