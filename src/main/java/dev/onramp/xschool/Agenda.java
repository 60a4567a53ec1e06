package dev.onramp.xschool;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.Notifications;
import dev.onramp.xschool.AgendaRepository.Attendee;
import dev.onramp.xschool.AgendaScheduler.Booking;
import dev.onramp.xschool.AgendaScheduler.FixedSession;
import dev.onramp.xschool.AgendaScheduler.Request;
import dev.onramp.xschool.AgendaScheduler.WeekFullException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The week's schedule of each cohort. The fixed sessions are written lazily (the first time a cohort's agenda
 * is read or its roster changes, and again when its week moved); {@link #follow} keeps one "meet your team lead"
 * session per team with a new hire on the roster: sessions of teams no longer there go, a session still valid
 * stays where it is (confirmed ones are kept first), new and invalid ones are placed by {@link AgendaScheduler}
 * (teams in name order) and their lead is asked to confirm. Changes to a cohort's agenda lock the cohort's row,
 * the same lock a seat change holds, so two nodes never plan the same week at once.
 */
@Service
public class Agenda {

    static final String SESSION_LINK = "/xschool/sessions/";
    private static final Logger log = LoggerFactory.getLogger(Agenda.class);

    private final AgendaRepository sessions;
    private final CohortRepository cohorts;
    private final SeatRepository seats;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final Notifications notifications;

    Agenda(AgendaRepository sessions, CohortRepository cohorts, SeatRepository seats, TeamRepository teams,
           PersonRepository people, Notifications notifications) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.seats = seats;
        this.teams = teams;
        this.people = people;
        this.notifications = notifications;
    }

    /** Writes the cohort's fixed sessions if it has none yet or its week moved (its team-lead sessions follow). */
    @Transactional
    public void ensureFixedSessions(Cohort cohort) {
        if (!fixedUpToDate(cohort, sessions.sessions(cohort.id()))) {
            follow(cohort.id());
        }
    }

    /** Brings the cohort's agenda in line with its week and roster (see the class comment). */
    @Transactional
    public void follow(long cohortId) {
        sessions.lockCohort(cohortId);
        Cohort cohort = cohorts.get(cohortId);
        List<LocalDate> days = AgendaScheduler.weekDays(cohort.startsOn(), cohort.endsOn());
        ZoneId zone = cohort.timeZone();
        List<AgendaSession> existing = sessions.sessions(cohortId);
        List<FixedSession> fixed = AgendaScheduler.fixedSessions(days, zone);
        if (!fixedUpToDate(cohort, existing)) {
            sessions.deleteFixed(cohortId);
            fixed.forEach(f -> sessions.insert(cohortId, f.kind(), null, f.startsAt(), f.endsAt(), SessionStatus.CONFIRMED));
        }
        List<Booking> booked = new ArrayList<>(fixed.stream().map(f -> Booking.forEveryone(f.startsAt(), f.endsAt())).toList());

        Map<Long, Team> teamsById = teams.findAll().stream().collect(Collectors.toMap(Team::id, Function.identity()));
        Map<Long, Set<Long>> attendees = attendeesByTeam(sessions.roster(cohortId), teamsById);
        Set<Long> kept = new HashSet<>();
        List<AgendaSession> teamSessions = existing.stream().filter(s -> s.kind() == SessionKind.TEAM_LEAD)
                .sorted(Comparator.comparing((AgendaSession s) -> s.status() != SessionStatus.CONFIRMED)
                        .thenComparing(AgendaSession::startsAt).thenComparing(AgendaSession::id))
                .toList();
        for (AgendaSession session : teamSessions) {
            Set<Long> who = attendees.get(session.teamId());
            Booking booking = who == null ? null : new Booking(session.startsAt(), session.endsAt(), false, who);
            if (booking != null && AgendaScheduler.fits(booking, days, zone, booked)) {
                booked.add(booking);
                kept.add(session.teamId());
            } else {
                sessions.delete(session.id());
            }
        }

        List<String> unplaced = new ArrayList<>();
        List<Team> toPlace = attendees.keySet().stream().filter(id -> !kept.contains(id)).map(teamsById::get)
                .sorted(Comparator.comparing(Team::name).thenComparing(Team::id)).toList();
        for (Team team : toPlace) {
            try {
                Booking booking = AgendaScheduler.placeOne(days, zone, booked, new Request(team.id(), attendees.get(team.id())));
                booked.add(booking);
                long id = sessions.insert(cohortId, SessionKind.TEAM_LEAD, team.id(), booking.startsAt(), booking.endsAt(),
                        SessionStatus.PROPOSED);
                if (team.leadId() != null) {
                    notifications.notifyAndMail(List.of(team.leadId()), "notification.xschool.sessionProposed", SESSION_LINK + id,
                            team.name(), cohort.startsOn());
                }
            } catch (WeekFullException e) {
                log.warn("Cohort {}: {}", cohortId, e.getMessage());
                unplaced.add(team.name());
            }
        }
        if (!unplaced.isEmpty()) {
            List<Long> coordinators = people.findByRole(Role.COORDINATOR).stream().map(Person::id).toList();
            notifications.notify(coordinators, "notification.xschool.agendaFull", "/xschool/cohorts/" + cohortId,
                    String.join(", ", unplaced), cohort.startsOn());
        }
    }

    /** The whole week day by day in the cohort's zone, each session with how many attend it. */
    @Transactional
    public CohortAgenda ofCohort(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        ensureFixedSessions(cohort);
        Map<Long, Team> teamsById = teams.findAll().stream().collect(Collectors.toMap(Team::id, Function.identity()));
        List<Attendee> roster = sessions.roster(cohortId);
        Map<Long, Set<Long>> attendees = attendeesByTeam(roster, teamsById);
        Map<LocalDate, List<SessionView>> byDay = new LinkedHashMap<>();
        AgendaScheduler.weekDays(cohort.startsOn(), cohort.endsOn()).forEach(d -> byDay.put(d, new ArrayList<>()));
        for (AgendaSession s : sessions.sessions(cohortId)) {
            int count = s.kind().everyoneAttends() ? roster.size() : attendees.getOrDefault(s.teamId(), Set.of()).size();
            ZonedDateTime start = s.startsAt().atZone(cohort.timeZone());
            byDay.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
                    .add(new SessionView(s, teamName(s, teamsById), count, start, s.endsAt().atZone(cohort.timeZone())));
        }
        List<AgendaDay> days = new TreeMap<>(byDay).entrySet().stream()
                .map(e -> new AgendaDay(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new CohortAgenda(cohort.place(), cohort.timeZone(), days);
    }

    /**
     * A new hire's sessions (everyone's and their team's lead session) in the cohort's zone and their own; no
     * sessions without a seat.
     */
    @Transactional
    public PersonalAgenda forPerson(long personId) {
        Person person = people.get(personId);
        return seats.find(personId).map(seat -> {
            Cohort cohort = cohorts.get(seat.cohortId());
            ensureFixedSessions(cohort);
            Map<Long, Team> teamsById = teams.findAll().stream().collect(Collectors.toMap(Team::id, Function.identity()));
            List<PersonalSession> mine = sessions.sessions(cohort.id()).stream()
                    .filter(s -> s.teamId() == null || s.teamId().equals(person.teamId()))
                    .map(s -> new PersonalSession(s, teamName(s, teamsById),
                            s.startsAt().atZone(cohort.timeZone()), s.endsAt().atZone(cohort.timeZone()),
                            s.startsAt().atZone(person.timeZone()), s.endsAt().atZone(person.timeZone())))
                    .toList();
            return new PersonalAgenda(cohort.place(), cohort.timeZone(), person.timeZone(), mine);
        }).orElse(new PersonalAgenda(null, null, person.timeZone(), List.of()));
    }

    /** A team-lead session as its lead sees it; a 404 for anyone but the lead of the session's team. */
    @Transactional(readOnly = true)
    public LeadSession forLead(long sessionId, OnrampUser me) {
        AgendaSession session = requireLedBy(sessionId, me);
        Cohort cohort = cohorts.get(session.cohortId());
        Team team = teams.get(session.teamId());
        Set<Long> hireIds = sessions.roster(cohort.id()).stream().filter(a -> session.teamId().equals(a.teamId()))
                .map(Attendee::personId).collect(Collectors.toSet());
        return new LeadSession(session, cohort, team.name(), people.findByIds(hireIds),
                session.startsAt().atZone(cohort.timeZone()), session.endsAt().atZone(cohort.timeZone()),
                session.startsAt().atZone(me.timeZone()), session.endsAt().atZone(me.timeZone()), me.timeZone());
    }

    /** The lead confirms their session; false if it was confirmed already. */
    @Transactional
    public boolean confirm(long sessionId, OnrampUser me) {
        requireLedBy(sessionId, me);
        return sessions.confirm(sessionId);
    }

    private AgendaSession requireLedBy(long sessionId, OnrampUser me) {
        return sessions.find(sessionId)
                .filter(s -> s.kind() == SessionKind.TEAM_LEAD)
                .filter(s -> teams.findById(s.teamId()).map(Team::leadId).map(lead -> lead == me.personId()).orElse(false))
                .orElseThrow(() -> new NotFoundException("agenda session", sessionId));
    }

    /** Teams with a new hire on the roster → those new hires and the team's lead. */
    private static Map<Long, Set<Long>> attendeesByTeam(List<Attendee> roster, Map<Long, Team> teamsById) {
        Map<Long, Set<Long>> byTeam = new TreeMap<>();
        for (Attendee a : roster) {
            if (a.teamId() != null && teamsById.containsKey(a.teamId())) {
                byTeam.computeIfAbsent(a.teamId(), t -> new HashSet<>()).add(a.personId());
            }
        }
        byTeam.forEach((teamId, who) -> {
            Long lead = teamsById.get(teamId).leadId();
            if (lead != null) {
                who.add(lead);
            }
        });
        return byTeam;
    }

    private static boolean fixedUpToDate(Cohort cohort, List<AgendaSession> existing) {
        List<FixedSession> expected = AgendaScheduler.fixedSessions(
                AgendaScheduler.weekDays(cohort.startsOn(), cohort.endsOn()), cohort.timeZone());
        List<FixedSession> actual = existing.stream().filter(s -> s.teamId() == null)
                .map(s -> new FixedSession(s.kind(), s.startsAt(), s.endsAt())).toList();
        return expected.equals(actual);
    }

    private static String teamName(AgendaSession session, Map<Long, Team> teamsById) {
        return session.teamId() == null ? null
                : teamsById.containsKey(session.teamId()) ? teamsById.get(session.teamId()).name() : null;
    }

    /** A session in the cohort's zone with how many people attend it. */
    public record SessionView(AgendaSession session, String teamName, int attendees, ZonedDateTime startsAt,
                              ZonedDateTime endsAt) {
    }

    public record AgendaDay(LocalDate day, List<SessionView> sessions) {
    }

    public record CohortAgenda(String place, ZoneId zone, List<AgendaDay> days) {
    }

    /** A session in the cohort's zone and in the new hire's own. */
    public record PersonalSession(AgendaSession session, String teamName, ZonedDateTime startsAt, ZonedDateTime endsAt,
                                  ZonedDateTime startsAtHome, ZonedDateTime endsAtHome) {
    }

    /** {@code place} and {@code zone} are null (and no sessions) without a seat. */
    public record PersonalAgenda(String place, ZoneId zone, ZoneId homeZone, List<PersonalSession> sessions) {
    }

    public record LeadSession(AgendaSession session, Cohort cohort, String teamName, List<Person> newHires,
                              ZonedDateTime startsAt, ZonedDateTime endsAt, ZonedDateTime startsAtMine,
                              ZonedDateTime endsAtMine, ZoneId myZone) {

        public boolean sameZone() {
            return Objects.equals(myZone, cohort.timeZone());
        }
    }
}
