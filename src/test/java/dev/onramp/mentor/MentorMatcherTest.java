package dev.onramp.mentor;

import static dev.onramp.mentor.Ineligibility.AT_MENTEE_LIMIT;
import static dev.onramp.mentor.Ineligibility.EXCLUDED;
import static dev.onramp.mentor.Ineligibility.IS_MANAGER;
import static dev.onramp.mentor.Ineligibility.IS_NEW_HIRE;
import static dev.onramp.mentor.Ineligibility.NOT_OPTED_IN;
import static dev.onramp.mentor.Ineligibility.TENURE_TOO_SHORT;
import static dev.onramp.mentor.Ineligibility.TOO_LITTLE_OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.onramp.people.Person;
import dev.onramp.people.Role;
import dev.onramp.people.WorkingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * One test per matching rule. The mentee works 09:00–18:00 in Tokyo; measured average daily overlap
 * with 09:00–18:00 elsewhere: Seoul 9h, Brisbane 8h all year; Berlin 2h on European summer time and
 * 1h in winter; Denver 0h on US summer time and 0.8h in winter (one hour on four of five days).
 */
class MentorMatcherTest {

    /** A Monday; Europe and the US are on summer time. */
    static final LocalDate START = LocalDate.of(2025, 4, 7);
    static final long NEW_HIRE = 1;
    static final long MANAGER = 2;
    static final long TEAM = 10;
    static final long OTHER_TEAM = 20;
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId DENVER = ZoneId.of("America/Denver");

    final MentorMatcher matcher = new MentorMatcher(new MentoringProperties(2, 6, 4));
    final NewHire hire = newHireStarting(START);
    long nextId = 100;

    @Test
    void shouldNeverSuggestTheManager() {
        var manager = mentor("Min-jun", SEOUL).id(MANAGER).team(TEAM).candidate();
        var peer = mentor("Olivia", BRISBANE).candidate();

        assertThat(suggestedNames(manager, peer)).containsExactly("Olivia");
        assertThat(reasons(manager)).containsExactly(IS_MANAGER);
    }

    @Test
    void shouldNeverSuggestTheNewHireThemself() {
        var newHire = mentor("Haruto", TOKYO).id(NEW_HIRE).team(TEAM).candidate();
        var peer = mentor("Olivia", BRISBANE).candidate();

        assertThat(suggestedNames(newHire, peer)).containsExactly("Olivia");
        assertThat(reasons(newHire)).containsExactly(IS_NEW_HIRE);
    }

    @Test
    void shouldSkipPeopleWhoDidNotOptIn() {
        var notOptedIn = mentor("Min-jun", SEOUL).notOptedIn().candidate();
        var optedIn = mentor("Olivia", BRISBANE).candidate();

        assertThat(suggestedNames(notOptedIn, optedIn)).containsExactly("Olivia");
        assertThat(reasons(notOptedIn)).containsExactly(NOT_OPTED_IN);
    }

    @Test
    void shouldSkipMentorsAtTheirLimit() {
        var full = mentor("Min-jun", SEOUL).mentees(2).candidate();
        var oneFree = mentor("Olivia", BRISBANE).mentees(1).candidate();

        assertThat(suggestedNames(full, oneFree)).containsExactly("Olivia");
        assertThat(reasons(full)).containsExactly(AT_MENTEE_LIMIT);
    }

    @Test
    void shouldHonourAPersonalMenteeLimit() {
        var takesOnlyOne = mentor("Min-jun", SEOUL).menteeLimit(1).mentees(1).candidate();
        var takesThree = mentor("Olivia", BRISBANE).menteeLimit(3).mentees(2).candidate();

        assertThat(suggestedNames(takesOnlyOne, takesThree)).containsExactly("Olivia");
        assertThat(reasons(takesOnlyOne)).containsExactly(AT_MENTEE_LIMIT);
    }

    @Test
    void shouldRequireSixMonthsTenureAtStartDate() {
        var exactlySixMonths = mentor("Min-jun", SEOUL).startedOn(START.minusMonths(6)).candidate();
        var oneDayShort = mentor("Olivia", BRISBANE).startedOn(START.minusMonths(6).plusDays(1)).candidate();

        assertThat(suggestedNames(exactlySixMonths, oneDayShort)).containsExactly("Min-jun");
        assertThat(reasons(oneDayShort)).containsExactly(TENURE_TOO_SHORT);
    }

    @Test
    void shouldRequireFourHoursOverlapInTheStartWeek() {
        var seoul = mentor("Min-jun", SEOUL).candidate();
        var berlin = mentor("Jonas", BERLIN).candidate();
        var denver = mentor("Tyler", DENVER).candidate();
        // starts at 07:00 in Berlin: 15:00 in Tokyo on winter time, 14:00 on summer time
        var earlyBerlin = mentor("Lena", BERLIN).hours(7, 16).candidate();
        List<MentorCandidate> all = List.of(seoul, berlin, denver, earlyBerlin);

        assertThat(matcher.assessAll(hire, all, Set.of()))
                .extracting(a -> a.person().displayName(), a -> a.suggestion().overlapHours(), Assessment::reasons)
                .containsExactly(
                        tuple("Min-jun", 9.0, List.of()),
                        tuple("Lena", 4.0, List.of()),
                        tuple("Jonas", 2.0, List.of(TOO_LITTLE_OVERLAP)),
                        tuple("Tyler", 0.0, List.of(TOO_LITTLE_OVERLAP)));

        // the week before Europe's clocks change (30 March 2025), the early bird has an hour less
        NewHire lastWinterWeek = newHireStarting(LocalDate.of(2025, 3, 24));
        Assessment earlyInWinter = matcher.assess(lastWinterWeek, earlyBerlin, Set.of());
        assertThat(earlyInWinter.suggestion().overlapHours()).isEqualTo(3.0);
        assertThat(earlyInWinter.reasons()).containsExactly(TOO_LITTLE_OVERLAP);
        assertThat(matcher.assess(lastWinterWeek, denver, Set.of()).suggestion().overlapHours())
                .isCloseTo(0.0, within(1e-9));
        assertThat(matcher.assess(newHireStarting(LocalDate.of(2025, 1, 13)), denver, Set.of())
                .suggestion().overlapHours()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void shouldPreferTheSameTeam() {
        var otherTeam = mentor("Aiko", SEOUL).candidate();
        var sameTeam = mentor("Zoe", BRISBANE).team(TEAM).onPanel().mentees(1).candidate();

        assertThat(suggestedNames(otherTeam, sameTeam)).containsExactly("Zoe", "Aiko");
    }

    @Test
    void shouldPreferPeopleNotOnTheHiringPanel() {
        var onPanel = mentor("Aiko", SEOUL).onPanel().candidate();
        var notOnPanel = mentor("Zoe", BRISBANE).mentees(1).candidate();

        assertThat(suggestedNames(onPanel, notOnPanel)).containsExactly("Zoe", "Aiko");
    }

    @Test
    void shouldBreakTiesByFewerMentees() {
        var oneMentee = mentor("Aiko", SEOUL).mentees(1).candidate();
        var noMentees = mentor("Zoe", BRISBANE).candidate();

        assertThat(suggestedNames(oneMentee, noMentees)).containsExactly("Zoe", "Aiko");
    }

    @Test
    void shouldThenPreferMoreOverlap() {
        var eightHours = mentor("Aiko", BRISBANE).candidate();
        var nineHours = mentor("Zoe", SEOUL).candidate();

        assertThat(suggestedNames(eightHours, nineHours)).containsExactly("Zoe", "Aiko");
    }

    @Test
    void shouldFinallyOrderByName() {
        var zoe = mentor("Zoe", SEOUL).candidate();
        var aiko = mentor("Aiko", SEOUL).candidate();

        assertThat(suggestedNames(zoe, aiko)).containsExactly("Aiko", "Zoe");
    }

    @Test
    void shouldExcludeWhoDeclined() {
        var declined = mentor("Min-jun", SEOUL).candidate();
        var other = mentor("Olivia", BRISBANE).candidate();
        Set<Long> excluded = Set.of(declined.person().id());

        assertThat(matcher.suggest(hire, List.of(declined, other), excluded, 3))
                .extracting(s -> s.mentor().displayName()).containsExactly("Olivia");
        assertThat(matcher.assess(hire, declined, excluded).reasons()).containsExactly(EXCLUDED);
    }

    @Test
    void shouldReportWhyNobodyIsEligible() {
        var manager = mentor("Min-jun", SEOUL).id(MANAGER).team(TEAM).candidate();
        var denverNewcomer = mentor("Tyler", DENVER).startedOn(START.minusMonths(2)).candidate();
        var busy = mentor("Olivia", BRISBANE).notOptedIn().mentees(2).candidate();
        List<MentorCandidate> all = List.of(manager, denverNewcomer, busy);

        assertThat(matcher.suggest(hire, all, Set.of(), 3)).isEmpty();
        assertThat(matcher.assessAll(hire, all, Set.of()))
                .extracting(a -> a.person().displayName(), Assessment::reasons, a -> a.suggestion().overlapHours())
                .containsExactly(
                        tuple("Min-jun", List.of(IS_MANAGER), 9.0),
                        tuple("Olivia", List.of(NOT_OPTED_IN, AT_MENTEE_LIMIT), 8.0),
                        tuple("Tyler", List.of(TENURE_TOO_SHORT, TOO_LITTLE_OVERLAP), 0.0));
    }

    @Test
    void shouldRefuseTheManagerAsAHandPick() {
        var manager = mentor("Min-jun", SEOUL).id(MANAGER).team(TEAM).candidate();

        Assessment handPick = matcher.assess(hire, manager, Set.of());

        assertThat(handPick.eligible()).isFalse();
        assertThat(handPick.reasons()).containsExactly(IS_MANAGER);
    }

    @Test
    void shouldReadLimitsFromConfiguration() {
        // Berlin: 2h overlap; two mentees; four months here at the start date
        var jonas = mentor("Jonas", BERLIN).mentees(2).startedOn(START.minusMonths(4)).candidate();
        var runner = new ApplicationContextRunner().withUserConfiguration(MentoringConfiguration.class);

        runner.run(context -> {
            assertThat(context.getBean(MentoringProperties.class)).isEqualTo(new MentoringProperties(2, 6, 4));
            assertThat(context.getBean(MentorMatcher.class).assess(hire, jonas, Set.of()).reasons())
                    .containsExactly(AT_MENTEE_LIMIT, TENURE_TOO_SHORT, TOO_LITTLE_OVERLAP);
        });
        runner.withPropertyValues(
                        "onramp.mentoring.default-mentee-limit=3",
                        "onramp.mentoring.min-tenure-months=4",
                        "onramp.mentoring.min-overlap-hours=2")
                .run(context -> assertThat(context.getBean(MentorMatcher.class).assess(hire, jonas, Set.of()).reasons())
                        .isEmpty());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MentoringProperties.class)
    @Import(MentorMatcher.class)
    static class MentoringConfiguration {
    }

    private List<String> suggestedNames(MentorCandidate... candidates) {
        return matcher.suggest(hire, List.of(candidates), Set.of(), 5).stream()
                .map(s -> s.mentor().displayName()).toList();
    }

    private List<Ineligibility> reasons(MentorCandidate candidate) {
        return matcher.assess(hire, candidate, Set.of()).reasons();
    }

    private static NewHire newHireStarting(LocalDate startDate) {
        return new NewHire(NEW_HIRE, TEAM, MANAGER, WorkingHours.standard(TOKYO), startDate);
    }

    /** An eligible mentor from another team until told otherwise. */
    private Mentor mentor(String name, ZoneId zone) {
        return new Mentor(nextId++, name, zone);
    }

    private static final class Mentor {
        private long id;
        private final String name;
        private final ZoneId zone;
        private long team = OTHER_TEAM;
        private LocalTime start = WorkingHours.DEFAULT_START;
        private LocalTime end = WorkingHours.DEFAULT_END;
        private LocalDate startedOn = LocalDate.of(2020, 1, 6);
        private boolean optIn = true;
        private Integer menteeLimit;
        private int mentees;
        private boolean onPanel;

        Mentor(long id, String name, ZoneId zone) {
            this.id = id;
            this.name = name;
            this.zone = zone;
        }

        Mentor id(long id) {
            this.id = id;
            return this;
        }

        Mentor team(long team) {
            this.team = team;
            return this;
        }

        Mentor hours(int fromHour, int toHour) {
            this.start = LocalTime.of(fromHour, 0);
            this.end = LocalTime.of(toHour, 0);
            return this;
        }

        Mentor startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        Mentor notOptedIn() {
            this.optIn = false;
            return this;
        }

        Mentor menteeLimit(int limit) {
            this.menteeLimit = limit;
            return this;
        }

        Mentor mentees(int mentees) {
            this.mentees = mentees;
            return this;
        }

        Mentor onPanel() {
            this.onPanel = true;
            return this;
        }

        MentorCandidate candidate() {
            var person = new Person(id, name.toLowerCase(), name, name.toLowerCase() + "@example.org", zone, null,
                    team, MANAGER + 1000, start, end, startedOn, optIn, menteeLimit, null, Set.of(Role.MENTOR));
            return new MentorCandidate(person, mentees, onPanel);
        }
    }
}
