package dev.onramp.interview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The candidates' self-scheduling links ({@code self_schedule_link}, {@code self_schedule_panel}): 32 random bytes,
 * URL-safe; the table keeps only their SHA-256, so whoever reads it cannot use a link. A link is used once: it leaves
 * {@link Status#OPEN} exactly once, by a conditional update.
 */
@Repository
class SelfSchedulingLinks {

    /** What a link's token looks like: 43 URL-safe characters. Anything else is not one of ours. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = """
            SELECT id, application_id, task_id, status, created_by, created_at, expires_at, answered_at, interview_id,
                   note, location, video_link
              FROM self_schedule_link""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SelfSchedulingLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum Status {
        OPEN, BOOKED, DECLINED, VOID
    }

    /**
     * A link as stored; {@code note} is the candidate's answer when none of the times worked, {@code venue} where the
     * interview booked through it takes place.
     */
    record Link(long id, long applicationId, String taskId, Status status, long createdBy, Instant createdAt,
                Instant expiresAt, Instant answeredAt, Long interviewId, String note, Venue venue) {

        boolean openAt(Instant now) {
            return status == Status.OPEN && now.isBefore(expiresAt);
        }
    }

    /** A new link for a schedule task with its panel; answers the token (the table keeps its hash). */
    NewLink create(long applicationId, String taskId, List<Long> panel, Venue venue, long createdBy, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO self_schedule_link (token_hash, application_id, task_id, status, created_by, created_at,
                                                expires_at, location, video_link)
                VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)
                """)
                .params(hash(token), applicationId, taskId, createdBy, utc(clock.instant()), utc(expiresAt),
                        venue.location(), venue.videoLink())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        int seat = 0;
        for (Long personId : panel) {
            jdbc.sql("INSERT INTO self_schedule_panel (link_id, person_id, seat) VALUES (?, ?, ?)")
                    .params(id, personId, seat++).update();
        }
        return new NewLink(id, token);
    }

    record NewLink(long id, String token) {
    }

    /** The link of this token; empty for anything we never issued (altered, made up, malformed). */
    Optional<Link> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE token_hash = ?").param(hash(token)).query(SelfSchedulingLinks::row).optional();
    }

    Link get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(SelfSchedulingLinks::row).single();
    }

    /** The latest link of a schedule task, whatever its status. */
    Optional<Link> latestOfTask(String taskId) {
        return jdbc.sql(SELECT + " WHERE task_id = ? ORDER BY id DESC").param(taskId).query(SelfSchedulingLinks::row)
                .list().stream().findFirst();
    }

    /** The panel chosen for the link, in seat order. */
    List<Long> panel(long linkId) {
        return jdbc.sql("SELECT person_id FROM self_schedule_panel WHERE link_id = ? ORDER BY seat")
                .param(linkId).query(Long.class).list();
    }

    /**
     * Ends an open, unexpired link with {@code to} (and the interview or note); false when it was not open any more
     * (used a moment ago in another request, voided, expired). The row stays locked until the transaction ends.
     */
    boolean answer(long id, Status to, Long interviewId, String note) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE self_schedule_link SET status = ?, answered_at = ?, interview_id = ?, note = ?
                 WHERE id = ? AND status = 'OPEN' AND expires_at > ?
                """).params(to.name(), utc(now), interviewId, note, id, utc(now)).update() == 1;
    }

    /** Records the interview a link booked. */
    void setInterview(long id, long interviewId) {
        jdbc.sql("UPDATE self_schedule_link SET interview_id = ? WHERE id = ?").params(interviewId, id).update();
    }

    /** Ends every open link of a schedule task (the recruiter booked, or sent a new link); answers how many. */
    int endOpen(String taskId, Status to) {
        return jdbc.sql("UPDATE self_schedule_link SET status = ?, answered_at = ? WHERE task_id = ? AND status = 'OPEN'")
                .params(to.name(), utc(clock.instant()), taskId).update();
    }

    /** Forgets the candidates' notes of an application (erasure). */
    int clearNotes(long applicationId) {
        return jdbc.sql("UPDATE self_schedule_link SET note = NULL WHERE application_id = ? AND note IS NOT NULL")
                .param(applicationId).update();
    }

    /** SHA-256 of the token, as 64 lower-case hex digits. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Link row(ResultSet rs, int n) throws SQLException {
        long interviewId = rs.getLong("interview_id");
        boolean noInterview = rs.wasNull();
        return new Link(rs.getLong("id"), rs.getLong("application_id"), rs.getString("task_id"),
                Status.valueOf(rs.getString("status")), rs.getLong("created_by"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "answered_at"), noInterview ? null : interviewId,
                rs.getString("note"), new Venue(rs.getString("location"), rs.getString("video_link")));
    }
}
