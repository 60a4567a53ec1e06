package dev.onramp.search;

import dev.onramp.hiring.Application;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind search and the candidate list: over the applications with their requisition and team, each
 * bounded (a LIMIT on every list; the export stops at {@link CandidateFilter#MAX_EXPORT} rows). Search compares the
 * rows' {@code search_text} (V32, indexed by pg_trgm on PostgreSQL) with a {@code LIKE} pattern whose wildcards the
 * caller escaped ({@code ESCAPE '!'}).
 */
@Repository
class FindRepository {

    private static final String APPLICATION_COLUMNS = """
            SELECT a.id, a.candidate_name, a.candidate_email, a.status, a.stage, a.source, a.created_at, a.ended_at,
                   a.requisition_id, r.title AS requisition_title, r.team_id, t.name AS team_name
              FROM application a
              JOIN requisition r ON r.id = a.requisition_id
              JOIN team t ON t.id = r.team_id
            """;

    private final JdbcClient jdbc;

    FindRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications whose candidate's name or e-mail contains the pattern, newest first, at most {@code limit}. */
    List<Row> applicationsMatching(String pattern, Long hiringManagerId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", pattern);
        params.put("limit", limit);
        String scope = "";
        if (hiringManagerId != null) {
            scope = " AND r.hiring_manager_id = :hm";
            params.put("hm", hiringManagerId);
        }
        return jdbc.sql(APPLICATION_COLUMNS + " WHERE a.search_text LIKE :pattern ESCAPE '!'" + scope
                        + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit")
                .params(params).query(FindRepository::row).list();
    }

    /** Requisitions whose title contains the pattern, open ones first, newest first, at most {@code limit}. */
    List<RequisitionRow> requisitionsMatching(String pattern, Long teamId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("pattern", pattern);
        params.put("limit", limit);
        String scope = "";
        if (teamId != null) {
            scope = " AND r.team_id = :team";
            params.put("team", teamId);
        }
        return jdbc.sql("""
                        SELECT r.id, r.title, r.status, t.name AS team_name,
                               (SELECT COUNT(*) FROM application a
                                 WHERE a.requisition_id = r.id AND a.status = 'ACTIVE') AS active_applications
                          FROM requisition r JOIN team t ON t.id = r.team_id
                         WHERE r.search_text LIKE :pattern ESCAPE '!'""" + scope + """

                         ORDER BY CASE WHEN r.status = 'OPEN' THEN 0 ELSE 1 END, r.opened_at DESC, r.id DESC
                         LIMIT :limit
                        """)
                .params(params)
                .query((rs, n) -> new RequisitionRow(rs.getLong("id"), rs.getString("title"),
                        rs.getString("team_name"), "OPEN".equals(rs.getString("status")),
                        rs.getLong("active_applications")))
                .list();
    }

    /** One page of the candidate list: {@code size} rows from {@code offset}, in the filter's order. */
    List<Row> page(CandidateFilter filter, Long hiringManagerId, ZoneId zone, int offset, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, hiringManagerId, zone, params);
        params.put("limit", size);
        params.put("offset", offset);
        return jdbc.sql(APPLICATION_COLUMNS + where + filter.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params).query(FindRepository::row).list();
    }

    /** How many applications the filter finds. */
    long count(CandidateFilter filter, Long hiringManagerId, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, hiringManagerId, zone, params);
        return jdbc.sql("SELECT COUNT(*) FROM application a JOIN requisition r ON r.id = a.requisition_id" + where)
                .params(params).query(Long.class).single();
    }

    /** Every row the filter finds (at most {@code limit}), in its order, one at a time: for the export. */
    void each(CandidateFilter filter, Long hiringManagerId, ZoneId zone, int limit, Consumer<Row> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, hiringManagerId, zone, params);
        params.put("limit", limit);
        jdbc.sql(APPLICATION_COLUMNS + where + filter.orderBy() + " LIMIT :limit").params(params)
                .query(rs -> {
                    consumer.accept(row(rs, 0));
                });
    }

    private static String where(CandidateFilter filter, Long hiringManagerId, ZoneId zone, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (hiringManagerId != null) {
            conditions.add("r.hiring_manager_id = :hm");
            params.put("hm", hiringManagerId);
        }
        if (filter.team() != null) {
            conditions.add("r.team_id = :team");
            params.put("team", filter.team());
        }
        if (filter.requisition() != null) {
            conditions.add("a.requisition_id = :requisition");
            params.put("requisition", filter.requisition());
        }
        if (filter.stage() != null) {
            conditions.add("a.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.source() != null) {
            conditions.add("a.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.from() != null) {
            conditions.add("a.created_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("a.created_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Row(rs.getLong("id"), rs.getString("candidate_name"), rs.getString("candidate_email"),
                Application.Status.valueOf(rs.getString("status")), rs.getString("stage"),
                Application.Source.valueOf(rs.getString("source")), rs.getTimestamp("created_at").toInstant(),
                ended == null ? null : ended.toInstant(), rs.getLong("requisition_id"),
                rs.getString("requisition_title"), rs.getLong("team_id"), rs.getString("team_name"));
    }

    /**
     * An application as the lists show it. {@code stage} is the key of the last loop stage it reached: the stage lane it
     * is in on the board, or was in last; the hiring module keeps it with the process steps, in their transaction.
     */
    record Row(long id, String candidateName, String candidateEmail, Application.Status status, String stage,
               Application.Source source, Instant appliedAt, Instant endedAt, long requisitionId,
               String requisitionTitle, long teamId, String teamName) {
    }

    /** A requisition as search shows it. */
    record RequisitionRow(long id, String title, String teamName, boolean open, long activeApplications) {
    }
}
