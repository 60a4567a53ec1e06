package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final Duration HOUR = Duration.ofHours(1);

    private final SlotFinder finder = new SlotFinder(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void shouldProposeThreeSlotsInsideEveryonesHoursOnThreeWeekdays() {
        // Thursday 13:00 in Nairobi; the overlap of all three is 08:00–12:30 UTC
        Instant now = Instant.parse("2026-01-15T10:00:00Z");
        List<Participant> panel = List.of(interviewer(1, "Bea", BERLIN), interviewer(2, "Kiran", KOLKATA));

        SlotProposal proposal = finder.propose("Wanjiru", WorkingHours.standard(NAIROBI), panel, HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-16T08:00:00Z"),   // Friday
                Instant.parse("2026-01-19T08:00:00Z"),   // Monday, the weekend skipped
                Instant.parse("2026-01-20T08:00:00Z"));
        assertThat(proposal.slots()).allSatisfy(slot -> {
            assertThat(slot.outsideHoursFor()).isEmpty();
            assertThat(slot.end()).isEqualTo(slot.start().plus(HOUR));
            for (ZoneId zone : List.of(NAIROBI, BERLIN, KOLKATA)) {
                assertInsideStandardHours(slot, zone);
            }
        });
        assertThat(proposal.slots()).extracting(slot -> slot.start().atZone(NAIROBI).toLocalDate())
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldProposeTheLeastBadSlotsWhenLosAngelesAndKolkataNeverOverlap() {
        // Monday 11:30 in Kolkata. LA 09–18 is 17:00–02:00 UTC, Kolkata 09–18 is 03:30–12:30 UTC
        Instant now = Instant.parse("2026-01-12T06:00:00Z");
        List<Participant> panel = List.of(interviewer(1, "Lee", LOS_ANGELES), interviewer(2, "Bea", BERLIN));

        SlotProposal proposal = finder.propose("Priya", WorkingHours.standard(KOLKATA), panel, HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isFalse();
        // inside the candidate's and Berlin's hours, and as close to LA's morning as they get (03:30 in LA)
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-13T11:30:00Z"),
                Instant.parse("2026-01-14T11:30:00Z"),
                Instant.parse("2026-01-15T11:30:00Z"));
        assertThat(proposal.slots()).extracting(Slot::outsideHoursFor).containsOnly(List.of("Lee"));
        assertThat(proposal.slots().get(0).start().atZone(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(proposal.slots().get(0).start().atZone(LOS_ANGELES).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void shouldNameTheCandidateWhenNoSlotFitsTheirDayAtAll() {
        // the candidate's day (09:00–09:30 in Kolkata, 03:30–04:00 UTC) is shorter than the interview
        Instant now = Instant.parse("2026-01-12T06:00:00Z");
        WorkingHours shortDay = new WorkingHours(KOLKATA, LocalTime.of(9, 0), LocalTime.of(9, 30));

        SlotProposal proposal = finder.propose("Priya", shortDay, List.of(interviewer(2, "Bea", BERLIN)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isFalse();
        // Berlin's first hour, the nearest to the candidate's day that leaves only the candidate outside
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-13T08:00:00Z"),
                Instant.parse("2026-01-14T08:00:00Z"),
                Instant.parse("2026-01-15T08:00:00Z"));
        assertThat(proposal.slots()).extracting(Slot::outsideHoursFor).containsOnly(List.of("Priya"));
    }

    @Test
    void shouldUseAnInterviewersOwnWorkingHours() {
        // New York 07:00–15:00 is 12:00–20:00 UTC; the standard 09:00–18:00 would start at 14:00 UTC
        Instant now = Instant.parse("2026-01-12T06:00:00Z");
        Participant earlyBird = new Participant(3, "Nora",
                new WorkingHours(NEW_YORK, LocalTime.of(7, 0), LocalTime.of(15, 0)));

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN), List.of(earlyBird), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-13T12:00:00Z"),
                Instant.parse("2026-01-14T12:00:00Z"),
                Instant.parse("2026-01-15T12:00:00Z"));
        assertThat(proposal.slots().get(0).start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void shouldFindTheHourLosAngelesAndBerlinShareOnceTheUsHasSwitchedToSummerTime() {
        // before 8 March 2026 LA 09:00 PST is Berlin 18:00 CET: no overlap; from 9 March 16:00–17:00 UTC
        Instant now = Instant.parse("2026-03-06T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-03-09T16:00:00Z"),
                Instant.parse("2026-03-10T16:00:00Z"),
                Instant.parse("2026-03-11T16:00:00Z"));
        assertThat(proposal.slots()).allSatisfy(slot -> {
            assertThat(slot.start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(slot.start().atZone(LOS_ANGELES).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    void shouldStopProposingOnceEuropeHasSwitchedToSummerTimeToo() {
        // Berlin switches on 29 March 2026: from 30 March Berlin ends at 16:00 UTC, when LA starts
        Instant now = Instant.parse("2026-03-25T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-03-26T16:00:00Z"),
                Instant.parse("2026-03-27T16:00:00Z"));
    }

    @Test
    void shouldFallBackToSameDaySlotsWhenFewerDaysThanProposalsHaveAny() {
        Instant now = Instant.parse("2026-03-25T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), Duration.ofMinutes(30), now, 3);

        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-03-26T16:00:00Z"),
                Instant.parse("2026-03-26T16:30:00Z"),
                Instant.parse("2026-03-27T16:00:00Z"));
    }

    @Test
    void shouldFindTheHourLosAngelesAndBerlinShareWhileOnlyEuropeHasLeftSummerTime() {
        // Berlin back on CET from 25 October 2026, LA on PDT until 1 November
        Instant now = Instant.parse("2026-10-22T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-10-26T16:00:00Z"),
                Instant.parse("2026-10-27T16:00:00Z"),
                Instant.parse("2026-10-28T16:00:00Z"));
        assertThat(proposal.slots()).allSatisfy(slot -> {
            assertThat(slot.start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(slot.start().atZone(LOS_ANGELES).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    void shouldSkipSlotsThatFallOnSomeonesWeekendInTheirOwnZone() {
        // Friday 13:00 in Auckland; Monday morning in Auckland is Sunday afternoon in LA
        Instant now = Instant.parse("2026-01-16T00:00:00Z");

        SlotProposal proposal = finder.propose("Aroha", WorkingHours.standard(AUCKLAND),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-19T20:00:00Z"),   // Tuesday 09:00 in Auckland, Monday 12:00 in LA
                Instant.parse("2026-01-20T20:00:00Z"),
                Instant.parse("2026-01-21T20:00:00Z"));
        assertThat(proposal.slots().get(0).start().atZone(AUCKLAND).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(proposal.slots()).allSatisfy(slot -> {
            assertInsideStandardHours(slot, AUCKLAND);
            assertInsideStandardHours(slot, LOS_ANGELES);
        });
    }

    @Test
    void shouldStartTomorrowEvenWhenHoursRemainToday() {
        // Monday 07:00 in Berlin: 09:00 today would fit everyone
        Instant now = Instant.parse("2026-01-12T06:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(2, "Bea", BERLIN)), HOUR, now, 1);

        assertThat(starts(proposal)).containsExactly(Instant.parse("2026-01-13T08:00:00Z"));
    }

    @Test
    void shouldNeverProposeASlotWithinAnHourOfNow() {
        // Monday 23:15 in Berlin; both work from Berlin's midnight (23:00 UTC), the lead time moves it to 00:15
        Instant now = Instant.parse("2026-01-12T22:15:00Z");
        WorkingHours nightOwl = new WorkingHours(BERLIN, LocalTime.MIDNIGHT, LocalTime.of(8, 0));
        Participant tokyo = new Participant(4, "Yuki", new WorkingHours(TOKYO, LocalTime.of(8, 0), LocalTime.of(17, 0)));

        SlotProposal proposal = finder.propose("Bruno", nightOwl, List.of(tokyo), HOUR, now, 3);

        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-12T23:15:00Z"),
                Instant.parse("2026-01-13T23:00:00Z"),
                Instant.parse("2026-01-14T23:00:00Z"));
        assertThat(starts(proposal)).allSatisfy(start -> assertThat(start).isAfterOrEqualTo(now.plus(HOUR)));
    }

    @Test
    void shouldLookNoFurtherThanTenWorkingDays() {
        // from Tuesday 24 February the tenth working day is Monday 9 March, the first LA/Berlin overlap
        Instant now = Instant.parse("2026-02-23T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(Instant.parse("2026-03-09T16:00:00Z"));
    }

    @Test
    void shouldOfferTheHourBeforeLosAngelesStartsWhenTheHorizonEndsBeforeTheOverlap() {
        // from Saturday 21 February the tenth working day is Friday 6 March, still without overlap
        Instant now = Instant.parse("2026-02-20T12:00:00Z");

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Lee", LOS_ANGELES)), HOUR, now, 3);

        assertThat(proposal.allInsideHours()).isFalse();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-02-23T16:00:00Z"),   // 17:00 in Berlin, 08:00 in LA
                Instant.parse("2026-02-24T16:00:00Z"),
                Instant.parse("2026-02-25T16:00:00Z"));
        assertThat(proposal.slots()).extracting(Slot::outsideHoursFor).containsOnly(List.of("Lee"));
    }

    @Test
    void shouldFindTheCommonHourOfDhakaKathmanduAndChathamOnTheQuarterHour() {
        // Dhaka 09:00-18:00 is 03:00-12:00 UTC, Kathmandu (+5:45) 03:15-12:15, Chatham (+13:45 in January)
        // 19:15-04:15: the one common hour is 03:15-04:15 UTC, 09:15 in Dhaka, which a half-hour grid never hits
        Instant now = Instant.parse("2026-01-12T00:00:00Z");
        List<Participant> panel = List.of(interviewer(1, "Anil", ZoneId.of("Asia/Kathmandu")),
                interviewer(2, "Hemi", ZoneId.of("Pacific/Chatham")));

        SlotProposal proposal = finder.propose("Rahim", WorkingHours.standard(ZoneId.of("Asia/Dhaka")), panel, HOUR,
                now, 3);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-13T03:15:00Z"),
                Instant.parse("2026-01-14T03:15:00Z"),
                Instant.parse("2026-01-15T03:15:00Z"));
        assertThat(proposal.slots().get(0).start().atZone(ZoneId.of("Asia/Kathmandu")).toLocalTime())
                .isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void shouldFindTheCommonHourOfStJohnsAndEuclaWithTheirOwnOffsets() {
        // St John's (-3:30 in January) 09:00-18:00 is 12:30-21:30 UTC; Eucla (+8:45) working 04:45-13:45 local
        // is 20:00-05:00 UTC (the day before): the common time is 20:00-21:30 UTC, 16:30 in St John's
        Instant now = Instant.parse("2026-01-12T00:00:00Z");
        Participant eucla = new Participant(1, "Ellie",
                new WorkingHours(ZoneId.of("Australia/Eucla"), LocalTime.of(4, 45), LocalTime.of(13, 45)));

        SlotProposal proposal = finder.propose("Niamh", WorkingHours.standard(ZoneId.of("America/St_Johns")),
                List.of(eucla), Duration.ofMinutes(90), now, 1);

        assertThat(proposal.allInsideHours()).isTrue();
        assertThat(starts(proposal)).containsExactly(Instant.parse("2026-01-12T20:00:00Z"));
    }

    @Test
    void shouldSkipEveryTimeWithinTheBufferOfAnInterviewAlreadyBooked() {
        // Monday 11:00 in Berlin; Tuesday 09:00-10:00 Berlin is taken, so Tuesday starts at 10:15 with 15 minutes
        Instant now = Instant.parse("2026-01-12T10:00:00Z");
        List<Busy> busy = List.of(new Busy(7, Instant.parse("2026-01-13T08:00:00Z"), Instant.parse("2026-01-13T09:00:00Z")));

        SlotProposal proposal = finder.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Bea", BERLIN)), HOUR, now, 3, busy);

        assertThat(starts(proposal)).containsExactly(
                Instant.parse("2026-01-13T09:15:00Z"),
                Instant.parse("2026-01-14T08:00:00Z"),
                Instant.parse("2026-01-15T08:00:00Z"));
        assertThat(finder.clashes(Instant.parse("2026-01-13T09:00:00Z"), Instant.parse("2026-01-13T10:00:00Z"), busy))
                .isTrue();
        assertThat(finder.clashes(Instant.parse("2026-01-13T09:15:00Z"), Instant.parse("2026-01-13T10:15:00Z"), busy))
                .isFalse();
        assertThat(finder.clashes(Instant.parse("2026-01-13T06:50:00Z"), Instant.parse("2026-01-13T07:50:00Z"), busy))
                .isTrue();
        assertThat(finder.clashes(Instant.parse("2026-01-13T06:45:00Z"), Instant.parse("2026-01-13T07:45:00Z"), busy))
                .isFalse();
    }

    @Test
    void shouldKeepTheConfiguredBufferAroundBookedInterviews() {
        Instant now = Instant.parse("2026-01-12T10:00:00Z");
        List<Busy> busy = List.of(new Busy(7, Instant.parse("2026-01-13T08:00:00Z"), Instant.parse("2026-01-13T09:00:00Z")));
        SlotFinder noBuffer = new SlotFinder(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO);
        SlotFinder hourBuffer = new SlotFinder(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), HOUR);

        assertThat(starts(noBuffer.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Bea", BERLIN)), HOUR, now, 1, busy)))
                .containsExactly(Instant.parse("2026-01-13T09:00:00Z"));
        assertThat(starts(hourBuffer.propose("Bruno", WorkingHours.standard(BERLIN),
                List.of(interviewer(1, "Bea", BERLIN)), HOUR, now, 1, busy)))
                .containsExactly(Instant.parse("2026-01-13T10:00:00Z"));
    }

    private static Participant interviewer(long id, String name, ZoneId zone) {
        return new Participant(id, name, WorkingHours.standard(zone));
    }

    private static List<Instant> starts(SlotProposal proposal) {
        return proposal.slots().stream().map(Slot::start).toList();
    }

    private static void assertInsideStandardHours(Slot slot, ZoneId zone) {
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        assertThat(start.getDayOfWeek()).as("weekday in %s", zone).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(end.toLocalDate()).as("same day in %s", zone).isEqualTo(start.toLocalDate());
        assertThat(start.toLocalTime()).as("start in %s", zone).isAfterOrEqualTo(LocalTime.of(9, 0));
        assertThat(end.toLocalTime()).as("end in %s", zone).isBeforeOrEqualTo(LocalTime.of(18, 0));
    }
}
