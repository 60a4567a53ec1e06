package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days, the mentor tasks' days and usernames: the small rules behind onboarding. */
class OnboardingDatesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void shouldSkipWeekendsCountingWorkingDaysBothWays() {
        assertThat(WorkingHours.plusWorkingDays(MONDAY, -3)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 4)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingHours.plusWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
        assertThat(WorkingHours.plusWorkingDays(LocalDate.of(2026, 3, 7), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void shouldPutEveryMentorTaskOnTheNewHiresCalendar() {
        assertThat(MentorTask.PREPARE_WELCOME.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(MentorTask.WELCOME_CALL.dueDay(MONDAY)).isEqualTo(MONDAY);
        assertThat(MentorTask.FIRST_WEEK_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(MentorTask.DAY_30_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(MentorTask.DAY_60_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(MentorTask.DAY_90_CHECK_IN.dueDay(MONDAY)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void shouldRunTheMentorTasksInOrderOpeningOnlyTheLaterCheckInsAWeekBefore() {
        OnboardingDates dates = dates(OnboardingDeadlines.DEFAULTS, "2026-02-02T08:00:00Z");

        assertThat(dates.mentorTasks()).containsExactly("PREPARE_WELCOME", "WELCOME_CALL", "FIRST_WEEK_CHECK_IN",
                "DAY_30_CHECK_IN", "DAY_60_CHECK_IN", "DAY_90_CHECK_IN");
        assertThat(dates.mentorTasks()).filteredOn(dates::opensLater)
                .containsExactly("DAY_30_CHECK_IN", "DAY_60_CHECK_IN", "DAY_90_CHECK_IN");
        assertThat(dates.title("WELCOME_CALL")).isEqualTo("Day-1 welcome call");
        // Wednesday 1 April 09:00 Kolkata, a week earlier
        assertThat(dates.opens(HIRE.id(), "DAY_30_CHECK_IN")).isEqualTo(at("2026-03-25T03:30:00Z"));
    }

    @Test
    void shouldGiveTheManagerThreeOfTheirWorkingDaysToConfirmAMentorThenTwoMoreBeforeTheTeamLeadHears() {
        // Thursday 5 February 10:00 in Toronto → Tuesday 10 February; the team lead hears on Thursday 12 February
        OnboardingDates dates = dates(OnboardingDeadlines.DEFAULTS, "2026-02-05T15:00:00Z");

        assertThat(dates.confirmMentorDue(HIRE.id(), "hank")).isEqualTo(at("2026-02-10T15:00:00Z"));
        assertThat(dates.confirmMentorOverdue(HIRE.id(), "hank")).isEqualTo(at("2026-02-12T15:00:00Z"));
    }

    @Test
    void shouldConfirmAMentorAtTheLatestFiveWorkingDaysBeforeTheStart() {
        // three working days from Thursday 19 February would be Tuesday 24 February; the start on Monday 2 March
        // wants a mentor by Monday 23 February, 09:00 in Kolkata
        OnboardingDates dates = dates(OnboardingDeadlines.DEFAULTS, "2026-02-19T15:00:00Z");

        assertThat(dates.confirmMentorDue(HIRE.id(), "hank")).isEqualTo(at("2026-02-23T03:30:00Z"));
        assertThat(dates(new OnboardingDeadlines(3, 2, 2, 2), "2026-02-19T15:00:00Z").confirmMentorDue(HIRE.id(), "hank"))
                .as("configurable").isEqualTo(at("2026-02-24T15:00:00Z"));
    }

    @Test
    void shouldGiveTheMentorTwoOfTheirWorkingDaysToAnswerOverTheWeekend() {
        // Friday 6 February 12:00 in Dubai → Tuesday 10 February 12:00
        OnboardingDates dates = dates(OnboardingDeadlines.DEFAULTS, "2026-02-06T08:00:00Z");

        assertThat(dates.acceptMenteeDue("mia")).isEqualTo(at("2026-02-10T08:00:00Z"));
        assertThat(dates(new OnboardingDeadlines(3, 5, 2, 1), "2026-02-06T08:00:00Z").acceptMenteeDue("mia"))
                .as("configurable").isEqualTo(at("2026-02-09T08:00:00Z"));
    }

    @Test
    void shouldDeriveAsciiUsernamesFromAnyName() {
        assertThat(Onboarding.username("Ana López")).isEqualTo("ana.lopez");
        assertThat(Onboarding.username("  Søren  Kierkegaard ")).isEqualTo("soren.kierkegaard");
        assertThat(Onboarding.username("Jean-Luc O'Neil")).isEqualTo("jean.luc.o.neil");
        assertThat(Onboarding.username("Łukasz Straße")).isEqualTo("lukasz.strasse");
        assertThat(Onboarding.username("王小明")).isEqualTo(Onboarding.FALLBACK_USERNAME);
        assertThat(Onboarding.username("a".repeat(80))).hasSize(Onboarding.USERNAME_MAX);
    }

    static final Person HIRE = person(1, "ana.lopez", "Asia/Kolkata", MONDAY, Role.NEW_HIRE);
    static final Person HANK = person(2, "hank", "America/Toronto", MONDAY.minusYears(4), Role.HIRING_MANAGER);
    static final Person MIA = person(3, "mia", "Asia/Dubai", MONDAY.minusYears(2), Role.MENTOR);

    private static OnboardingDates dates(OnboardingDeadlines deadlines, String now) {
        PersonRepository people = mock(PersonRepository.class);
        for (Person p : new Person[] {HIRE, HANK, MIA}) {
            when(people.get(p.id())).thenReturn(p);
            when(people.findByUsername(p.username())).thenReturn(Optional.of(p));
        }
        return new OnboardingDates(people, deadlines, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Person person(long id, String username, String zone, LocalDate startedOn, Role role) {
        return new Person(id, username, username, username + "@example.com", ZoneId.of(zone), "XX", 10L, null,
                LocalTime.of(9, 0), LocalTime.of(18, 0), startedOn, true, null, null, Set.of(role));
    }
}
