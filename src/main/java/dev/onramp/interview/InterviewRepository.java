package dev.onramp.interview;

import dev.onramp.loop.Stage;
import dev.onramp.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Interviews and their panels, in our own tables ({@code interview}, {@code interview_panel}). Every write that adds an
 * interview or changes its status or times publishes {@link InterviewChanged} in its transaction.
 */
@Repository
public class InterviewRepository {

    private static final String SELECT = """
            SELECT i.id, i.application_id, i.stage_key, i.stage_name, i.kind, i.stage_process_instance_id,
                   i.loop_process_definition_id, i.starts_at, i.ends_at, i.status, i.scheduled_by, i.scheduled_at,
                   i.location, i.video_link, i.invite_sequence
              FROM interview i
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public InterviewRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Inserts an interview with its panel; seats follow the order of {@code panelPersonIds}. */
    public long insert(NewInterview n, List<Long> panelPersonIds) {
        if (panelPersonIds.isEmpty()) {
            throw new IllegalArgumentException("an interview needs at least one person on its panel");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO interview (application_id, stage_key, stage_name, kind, stage_process_instance_id,
                                       loop_process_definition_id, starts_at, ends_at, status, scheduled_by,
                                       scheduled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)
                """)
                .params(n.applicationId(), n.stageKey(), n.stageName(), n.kind().name(), n.stageProcessInstanceId(),
                        n.loopProcessDefinitionId(), utc(n.startsAt()), utc(n.endsAt()), n.scheduledBy(),
                        utc(n.scheduledAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        int seat = 0;
        for (Long personId : panelPersonIds) {
            jdbc.sql("INSERT INTO interview_panel (interview_id, person_id, seat) VALUES (?, ?, ?)")
                    .params(id, personId, seat++).update();
        }
        events.publishEvent(new InterviewChanged(id));
        return id;
    }

    public Interview get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("interview", id));
    }

    public Optional<Interview> findById(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(InterviewRepository::row).optional();
    }

    /** An application's interviews, earliest first. */
    public List<Interview> findByApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE i.application_id = ? ORDER BY i.starts_at, i.id")
                .param(applicationId).query(InterviewRepository::row).list();
    }

    /** The interview a stage process scheduled (the latest one, should it have been scheduled again). */
    public Optional<Interview> findByStageProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " WHERE i.stage_process_instance_id = ? ORDER BY i.id DESC")
                .param(processInstanceId).query(InterviewRepository::row).list().stream().findFirst();
    }

    /** Interviews with this person on the panel, earliest first. */
    public List<Interview> findByPanelMember(long personId) {
        return jdbc.sql(SELECT + """
                  JOIN interview_panel p ON p.interview_id = i.id
                 WHERE p.person_id = ?
                 ORDER BY i.starts_at, i.id
                """).param(personId).query(InterviewRepository::row).list();
    }

    /** The panel in seat order. */
    public List<PanelMember> panel(long interviewId) {
        return jdbc.sql("""
                SELECT p.person_id, x.username, x.display_name, x.time_zone, p.seat
                  FROM interview_panel p JOIN person x ON x.id = p.person_id
                 WHERE p.interview_id = ?
                 ORDER BY p.seat
                """).param(interviewId)
                .query((rs, n) -> new PanelMember(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ZoneId.of(rs.getString(4)), rs.getInt(5)))
                .list();
    }

    /** The panel's usernames in seat order: the same answer, in the same order, every time. */
    public List<String> panelUsernames(long interviewId) {
        return jdbc.sql("""
                SELECT x.username
                  FROM interview_panel p JOIN person x ON x.id = p.person_id
                 WHERE p.interview_id = ?
                 ORDER BY p.seat
                """).param(interviewId).query(String.class).list();
    }

    /** How many interviews (not cancelled) starting in {@code [from, to)} each person sits on; absent means none. */
    public Map<Long, Integer> bookings(Collection<Long> personIds, Instant from, Instant to) {
        Map<Long, Integer> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT p.person_id, COUNT(*)
                  FROM interview_panel p JOIN interview i ON i.id = p.interview_id
                 WHERE p.person_id IN (:people) AND i.status <> 'CANCELLED'
                   AND i.starts_at >= :from AND i.starts_at < :to
                 GROUP BY p.person_id
                """)
                .param("people", personIds).param("from", utc(from)).param("to", utc(to))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }

    /** Everyone on a panel of this application's interviews that are not cancelled. */
    public Set<Long> panelOfApplication(long applicationId) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT p.person_id
                  FROM interview_panel p JOIN interview i ON i.id = p.interview_id
                 WHERE i.application_id = ? AND i.status <> 'CANCELLED'
                """).param(applicationId).query(Long.class).list());
    }

    /** Cancels the application's interviews that are still scheduled (it ended); answers how many. */
    public int cancelScheduled(long applicationId) {
        int cancelled = jdbc.sql("UPDATE interview SET status = 'CANCELLED' WHERE application_id = ? AND status = 'SCHEDULED'")
                .param(applicationId).update();
        if (cancelled > 0) {
            jdbc.sql("SELECT id FROM interview WHERE application_id = ? AND status = 'CANCELLED'").param(applicationId)
                    .query(Long.class).list().forEach(id -> events.publishEvent(new InterviewChanged(id)));
        }
        return cancelled;
    }

    /** Moves an interview from one status to another; false when it was not in {@code from}. */
    public boolean setStatus(long id, Interview.Status from, Interview.Status to) {
        return changed(id, jdbc.sql("UPDATE interview SET status = ? WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name()).update() == 1);
    }

    private boolean changed(long id, boolean changed) {
        if (changed) {
            events.publishEvent(new InterviewChanged(id));
        }
        return changed;
    }

    /**
     * The live interviews (not cancelled) overlapping {@code [from, to)} that any of {@code personIds} sits on, or that
     * the candidate of {@code applicationId} has (in this application or another with the same e-mail address); each
     * with who is booked: a panel member's display name, or the candidate's name ({@code personId} null). Earliest
     * first.
     */
    public List<Booking> bookingsOverlapping(Collection<Long> personIds, long applicationId, Instant from, Instant to) {
        List<Booking> result = new java.util.ArrayList<>();
        if (!personIds.isEmpty()) {
            result.addAll(jdbc.sql("""
                    SELECT i.id, p.person_id, x.display_name, i.starts_at, i.ends_at
                      FROM interview i JOIN interview_panel p ON p.interview_id = i.id JOIN person x ON x.id = p.person_id
                     WHERE p.person_id IN (:people) AND i.kind = 'LIVE' AND i.status NOT IN ('CANCELLED', 'NO_SHOW')
                       AND i.ends_at > :from AND i.starts_at < :to
                    """)
                    .param("people", personIds).param("from", utc(from)).param("to", utc(to))
                    .query((rs, n) -> new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            instant(rs, "starts_at"), instant(rs, "ends_at")))
                    .list());
        }
        result.addAll(jdbc.sql("""
                SELECT i.id, me.candidate_name, i.starts_at, i.ends_at
                  FROM application me JOIN application a
                       ON a.id = me.id OR a.candidate_email_key = me.candidate_email_key
                  JOIN interview i ON i.application_id = a.id
                 WHERE me.id = :application AND i.kind = 'LIVE' AND i.status NOT IN ('CANCELLED', 'NO_SHOW')
                   AND i.ends_at > :from AND i.starts_at < :to
                """)
                .param("application", applicationId).param("from", utc(from)).param("to", utc(to))
                .query((rs, n) -> new Booking(rs.getLong(1), null, rs.getString(2), instant(rs, "starts_at"),
                        instant(rs, "ends_at")))
                .list());
        result.sort(java.util.Comparator.comparing(Booking::start).thenComparing(Booking::interviewId));
        return result;
    }

    /**
     * Locks the rows of these people and of the application until the transaction ends (in id order, so two bookings
     * never wait on each other crosswise): two bookings that share an interviewer or the candidate run one after the
     * other, and the second sees the first one's interview when it checks for clashes.
     */
    public void lockForBooking(Collection<Long> personIds, long applicationId) {
        jdbc.sql("SELECT id FROM application WHERE id = ? FOR UPDATE").param(applicationId).query(Long.class).list();
        for (Long personId : personIds.stream().sorted().distinct().toList()) {
            jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(personId).query(Long.class).list();
        }
    }

    /** Where the interview takes place. */
    public void setVenue(long id, Venue venue) {
        jdbc.sql("UPDATE interview SET location = ?, video_link = ? WHERE id = ?")
                .params(venue.location(), venue.videoLink(), id).update();
    }

    /**
     * Moves a scheduled interview to new times and raises its invite's SEQUENCE; false when it is no longer
     * scheduled or was changed since {@code sequence} was read (a stale or double submit).
     */
    public boolean reschedule(long id, int sequence, Instant startsAt, Instant endsAt) {
        Optional<Interview> before = findById(id);
        boolean moved = jdbc.sql("""
                UPDATE interview SET starts_at = ?, ends_at = ?, invite_sequence = invite_sequence + 1
                 WHERE id = ? AND status = 'SCHEDULED' AND invite_sequence = ?
                """).params(utc(startsAt), utc(endsAt), id, sequence).update() == 1;
        if (moved) {
            events.publishEvent(new InterviewChanged(id, before.map(Interview::startsAt).orElse(null),
                    before.map(Interview::endsAt).orElse(null)));
        }
        return moved;
    }

    /**
     * Ends a scheduled interview with {@code status} (cancelled, no-show), raising its invite's SEQUENCE when
     * {@code raiseSequence}; false when it is no longer scheduled or was changed since {@code sequence} was read.
     */
    public boolean end(long id, int sequence, Interview.Status status, boolean raiseSequence) {
        return changed(id, jdbc.sql("""
                UPDATE interview SET status = ?, invite_sequence = invite_sequence + ?
                 WHERE id = ? AND status = 'SCHEDULED' AND invite_sequence = ?
                """).params(status.name(), raiseSequence ? 1 : 0, id, sequence).update() == 1);
    }

    /** Records what happened to an interview. */
    public void recordEvent(InterviewEvent e) {
        jdbc.sql("""
                INSERT INTO interview_event (interview_id, kind, reason, no_show_of, previous_starts_at,
                                             previous_ends_at, starts_at, ends_at, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(e.interviewId(), e.kind().name(), e.reason(), e.noShowOf() == null ? null : e.noShowOf().name(),
                        utcOrNull(e.previousStartsAt()), utcOrNull(e.previousEndsAt()), utcOrNull(e.startsAt()),
                        utcOrNull(e.endsAt()), e.recordedBy(), utc(e.recordedAt()))
                .update();
    }

    /** What happened to the application's interviews, oldest first. */
    public List<InterviewEvent> eventsOfApplication(long applicationId) {
        return jdbc.sql("""
                SELECT e.interview_id, e.kind, e.reason, e.no_show_of, e.previous_starts_at, e.previous_ends_at,
                       e.starts_at, e.ends_at, e.recorded_by, e.recorded_at
                  FROM interview_event e JOIN interview i ON i.id = e.interview_id
                 WHERE i.application_id = ?
                 ORDER BY e.recorded_at, e.id
                """).param(applicationId)
                .query((rs, n) -> new InterviewEvent(rs.getLong("interview_id"),
                        InterviewEvent.Kind.valueOf(rs.getString("kind")), rs.getString("reason"),
                        rs.getString("no_show_of") == null ? null
                                : InterviewEvent.NoShowOf.valueOf(rs.getString("no_show_of")),
                        instant(rs, "previous_starts_at"), instant(rs, "previous_ends_at"), instant(rs, "starts_at"),
                        instant(rs, "ends_at"), rs.getLong("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    /** Blanks the reasons typed about an application's interviews (its candidate's data is being erased). */
    public void forgetReasons(long applicationId) {
        jdbc.sql("""
                UPDATE interview_event SET reason = NULL
                 WHERE interview_id IN (SELECT id FROM interview WHERE application_id = ?)
                """).param(applicationId).update();
    }

    private static OffsetDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Interview row(ResultSet rs, int n) throws SQLException {
        return new Interview(rs.getLong("id"), rs.getLong("application_id"), rs.getString("stage_key"),
                rs.getString("stage_name"), Stage.Kind.valueOf(rs.getString("kind")),
                rs.getString("stage_process_instance_id"), rs.getString("loop_process_definition_id"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), Interview.Status.valueOf(rs.getString("status")),
                rs.getLong("scheduled_by"), instant(rs, "scheduled_at"),
                new Venue(rs.getString("location"), rs.getString("video_link")), rs.getInt("invite_sequence"));
    }

    /** An interview to be created (always SCHEDULED). */
    public record NewInterview(long applicationId, String stageKey, String stageName, Stage.Kind kind,
                               String stageProcessInstanceId, String loopProcessDefinitionId, Instant startsAt,
                               Instant endsAt, long scheduledBy, Instant scheduledAt) {
    }

    /** A booked live interview of someone: {@code who} names them; {@code personId} is null for the candidate. */
    public record Booking(long interviewId, Long personId, String who, Instant start, Instant end) {
    }

    /** Someone on an interview's panel, with their zone. */
    public record PanelMember(long personId, String username, String displayName, ZoneId zone, int seat) {
    }
}
