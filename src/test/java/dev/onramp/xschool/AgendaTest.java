package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.tasklist.Notifications;
import dev.onramp.tasklist.Notifications.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A cohort's agenda follows its roster: one team-lead session per team with a new hire, asked of its lead. */
@OnrampAppTest
class AgendaTest {

    @Autowired
    XSchool xschool;

    @Autowired
    Agenda agenda;

    @Autowired
    AgendaRepository sessions;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    @Test
    void shouldGiveEachTeamOnTheRosterOneTeamLeadSessionAndDropItWhenTheTeamLeaves() {
        LocalDate monday = fixtures.freshMonday();
        long first = fixtures.cohort(monday, 40);
        long second = fixtures.cohort(monday.plusWeeks(8), 40);
        xschool.assign(fixtures.newHire("US", null, "beats"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("DE", null, "beats"), monday.minusWeeks(3));
        long kibanaHire = fixtures.newHire("US", null, "kibana");
        xschool.assign(kibanaHire, monday.minusWeeks(3));

        List<AgendaSession> week = sessions.sessions(first);
        assertThat(week).extracting(AgendaSession::kind, AgendaSession::status).containsExactly(
                tuple(SessionKind.BIG_PICTURE, SessionStatus.CONFIRMED),
                tuple(SessionKind.TEAM_LEAD, SessionStatus.PROPOSED),
                tuple(SessionKind.TEAM_LEAD, SessionStatus.PROPOSED),
                tuple(SessionKind.PRODUCT_TEAMS, SessionStatus.CONFIRMED),
                tuple(SessionKind.PRODUCT_TEAMS, SessionStatus.CONFIRMED));
        assertThat(teamSessions(first)).extracting(AgendaSession::teamId).containsExactlyInAnyOrder(team("beats"), team("kibana"));
        assertThat(teamSessions(first)).as("Bea and Kate lead different teams: both meet their hires on Monday at 13:00")
                .allSatisfy(s -> assertThat(local(s)).isEqualTo(monday.atTime(13, 0)));
        AgendaSession kibana = teamSessions(first).stream().filter(s -> s.teamId() == team("kibana")).findFirst().orElseThrow();
        assertThat(notifications.recent(people.findByUsername("kate").orElseThrow().id(), 50))
                .extracting(Notification::link).contains(Agenda.SESSION_LINK + kibana.id());

        xschool.defer(kibanaHire);

        assertThat(teamSessions(first)).extracting(AgendaSession::teamId).containsExactly(team("beats"));
        assertThat(sessions.find(kibana.id())).isEmpty();
        assertThat(teamSessions(second)).extracting(AgendaSession::teamId).containsExactly(team("kibana"));
    }

    @Test
    void shouldCountEveryoneAtTheFixedSessionsAndTheTeamWithItsLeadAtTheirOwn() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        xschool.assign(fixtures.newHire("US", null, "beats"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("US", null, "beats"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("US", null, null), monday.minusWeeks(3));

        Agenda.CohortAgenda week = agenda.ofCohort(cohort);

        assertThat(week.zone()).isEqualTo(XSchoolFixtures.MOUNTAIN_VIEW);
        assertThat(week.days()).extracting(Agenda.AgendaDay::day)
                .containsExactly(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4));
        assertThat(week.days().get(0).sessions()).extracting(s -> s.session().kind(), Agenda.SessionView::attendees,
                        Agenda.SessionView::teamName)
                .containsExactly(tuple(SessionKind.BIG_PICTURE, 3, null), tuple(SessionKind.TEAM_LEAD, 3, "Beats"));
        assertThat(week.days().get(3).sessions()).isEmpty();
    }

    @Test
    void shouldKeepAConfirmedSessionWhereItIsWhenTheRosterChanges() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        xschool.assign(fixtures.newHire("US", null, "kibana"), monday.minusWeeks(3));
        AgendaSession kibana = teamSessions(cohort).get(0);
        jdbc.sql("UPDATE agenda_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(at(monday.plusDays(4).atTime(15, 0))),
                        java.sql.Timestamp.from(at(monday.plusDays(4).atTime(16, 0))), kibana.id()).update();
        sessions.confirm(kibana.id());

        xschool.assign(fixtures.newHire("US", null, "kibana"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("US", null, "beats"), monday.minusWeeks(3));

        assertThat(sessions.find(kibana.id())).get().extracting(AgendaSession::status).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(local(sessions.find(kibana.id()).orElseThrow())).isEqualTo(monday.plusDays(4).atTime(15, 0));
        assertThat(teamSessions(cohort)).hasSize(2);
    }

    @Test
    void shouldMoveTheFixedSessionsWithTheCohortsWeek() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        agenda.ensureFixedSessions(cohorts.get(cohort));
        cohorts.update(cohort, monday.plusWeeks(1), monday.plusWeeks(1).plusDays(4), "Mountain View, CA",
                XSchoolFixtures.MOUNTAIN_VIEW, 40);

        agenda.ensureFixedSessions(cohorts.get(cohort));

        assertThat(sessions.sessions(cohort)).hasSize(3).first()
                .satisfies(s -> assertThat(local(s)).isEqualTo(monday.plusWeeks(1).atTime(9, 0)));
    }

    private List<AgendaSession> teamSessions(long cohortId) {
        return sessions.sessions(cohortId).stream().filter(s -> s.kind() == SessionKind.TEAM_LEAD).toList();
    }

    private long team(String slug) {
        return jdbc.sql("SELECT id FROM team WHERE slug = ?").param(slug).query(Long.class).single();
    }

    private static LocalDateTime local(AgendaSession session) {
        return LocalDateTime.ofInstant(session.startsAt(), XSchoolFixtures.MOUNTAIN_VIEW);
    }

    private static java.time.Instant at(LocalDateTime local) {
        return local.atZone(XSchoolFixtures.MOUNTAIN_VIEW).toInstant();
    }
}
