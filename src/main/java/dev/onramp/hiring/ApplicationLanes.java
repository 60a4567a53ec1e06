package dev.onramp.hiring;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each application is now, kept in our tables (V38) so that a board of 35,000 applications needs no engine
 * query: its <em>lane</em> ({@link #SCREENING}, the key of a stage of its loop, {@link #DECISION} or {@link #ENDED})
 * with since when, on the {@code application} row, and its <em>steps</em>: the processes its hiring process called
 * that run now (a stage, or the decision), in {@code application_step}.
 * <p>
 * <b>Why this copy cannot go stale.</b> Only {@link LaneRecorder} writes it (and the outcome, which ends it), from
 * the engine's execution listeners at the start and end of those process instances: the same transaction as the
 * process step itself, on the same connection. Either the step commits and the lane with it, or neither does; a step
 * that fails and is retried writes again. The listeners are added to every model when the engine parses it
 * (Spring Boot starter eventing), so process versions deployed before this table existed record too, and they are
 * not skippable ({@code camunda.bpm.eventing.skippable: false}): an instance cancelled from Cockpit ends its lane as
 * well. What ran before V38 was filled by the migration from the engine's own tables.
 * <p>
 * The rule, in one place ({@link #recompute}): an ended application (outcome, or hiring process over) is in Ended;
 * once the decision started it is in the decision until it ends (one more interview included); in a stage while one
 * runs, the first of its running stages in its loop's order; between two stages, still in the one it was in last;
 * before its loop, in Screening.
 */
@Repository
class ApplicationLanes {

    static final String SCREENING = "screening";
    static final String DECISION = "decision";
    static final String ENDED = "ended";

    private final JdbcClient jdbc;
    private final LoopStages loopStages;

    ApplicationLanes(JdbcClient jdbc, LoopStages loopStages) {
        this.jdbc = jdbc;
        this.loopStages = loopStages;
    }

    // --- reading

    /** How many of the requisition's applications are in each lane, by lane: one GROUP BY over an index. */
    Map<String, Long> counts(long requisitionId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT lane, COUNT(*) FROM application WHERE requisition_id = ? GROUP BY lane")
                .param(requisitionId).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * One page of a lane's applications: the longest in the lane first ({@link #ENDED}: the most recently ended
     * first), by the index on (requisition, lane, since, id).
     */
    List<Long> ids(long requisitionId, String lane, long offset, int limit) {
        String order = ENDED.equals(lane) ? "lane_since DESC, id DESC" : "lane_since, id";
        return jdbc.sql("SELECT id FROM application WHERE requisition_id = ? AND lane = ? ORDER BY " + order
                        + " LIMIT ? OFFSET ?")
                .params(requisitionId, lane, limit, offset).query(Long.class).list();
    }

    /** Where these applications are, by id (unknown ids left out): two queries. */
    Map<Long, Place> placesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Step>> steps = new HashMap<>();
        jdbc.sql("""
                SELECT process_instance_id, application_id, stage_key, stage_name, caller_definition_id, started_at
                  FROM application_step WHERE application_id IN (:ids) ORDER BY started_at, process_instance_id
                """).param("ids", ids).query(ApplicationLanes::step).list()
                .forEach(s -> steps.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s));
        Map<Long, Place> places = new HashMap<>();
        jdbc.sql("SELECT id, lane, lane_since FROM application WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    places.put(id, new Place(rs.getString(2), rs.getTimestamp(3).toInstant(),
                            List.copyOf(steps.getOrDefault(id, List.of()))));
                });
        return places;
    }

    // --- writing: LaneRecorder, in the engine's transaction

    /** A stage process of the application started. */
    void stageStarted(long applicationId, String processInstanceId, String stageKey, String stageName,
                      String callerDefinitionId, Instant at) {
        jdbc.sql("""
                INSERT INTO application_step (process_instance_id, application_id, stage_key, stage_name,
                                              caller_definition_id, started_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(processInstanceId, applicationId, stageKey, stageName, callerDefinitionId,
                Timestamp.from(at)).update();
        recompute(applicationId);
    }

    /** The decision process of the application started: it is in the decision lane from now until it ends. */
    void decisionStarted(long applicationId, String processInstanceId, Instant at) {
        jdbc.sql("""
                INSERT INTO application_step (process_instance_id, application_id, started_at) VALUES (?, ?, ?)
                """).params(processInstanceId, applicationId, Timestamp.from(at)).update();
        jdbc.sql("UPDATE application SET lane = ?, lane_since = ? WHERE id = ? AND lane NOT IN (?, ?)")
                .params(DECISION, Timestamp.from(at), applicationId, DECISION, ENDED).update();
    }

    /** A stage or decision process of the application ended (completed or cancelled); nothing if it was neither. */
    void stepEnded(long applicationId, String processInstanceId) {
        if (jdbc.sql("DELETE FROM application_step WHERE process_instance_id = ?").param(processInstanceId)
                .update() > 0) {
            recompute(applicationId);
        }
    }

    /** The application's hiring process ended, however (an outcome, a cancellation, a deletion). */
    void hiringEnded(long applicationId, Instant at) {
        jdbc.sql("DELETE FROM application_step WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("UPDATE application SET lane = ?, lane_since = ? WHERE id = ? AND lane <> ?")
                .params(ENDED, Timestamp.from(at), applicationId, ENDED).update();
    }

    /**
     * Puts an application that is in Screening or a stage into the first of its running stages in its loop's order
     * (entered at the earliest start of that stage's running instances); with none running it stays where it is
     * (between stages: the stage it was in last). The row is locked first, so that two stages ending at once on two
     * nodes see each other's end.
     */
    private void recompute(long applicationId) {
        Optional<String> lane = jdbc.sql("SELECT lane FROM application WHERE id = ? FOR UPDATE")
                .param(applicationId).query(String.class).optional();
        if (lane.isEmpty() || DECISION.equals(lane.get()) || ENDED.equals(lane.get())) {
            return;
        }
        List<Step> running = jdbc.sql("""
                SELECT process_instance_id, application_id, stage_key, stage_name, caller_definition_id, started_at
                  FROM application_step WHERE application_id = ? AND stage_key IS NOT NULL
                """).param(applicationId).query(ApplicationLanes::step).list();
        if (running.isEmpty()) {
            return;
        }
        String first = first(running);
        if (first.equals(lane.get())) {
            return;
        }
        Instant since = running.stream().filter(s -> s.stageKey().equals(first)).map(Step::startedAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        jdbc.sql("UPDATE application SET lane = ?, lane_since = ?, stage = ? WHERE id = ?")
                .params(first, Timestamp.from(since), first, applicationId).update();
    }

    /** The key of the first of these running stages in their loop's order (the stage started first if unknown). */
    private String first(List<Step> running) {
        return first(running, caller -> loopStages.stagesOf(caller).stream().map(Stage::key).toList());
    }

    /**
     * The key of the first of these running stages of one application in their loop's order, the loop's stage keys in
     * order coming from {@code order} by the calling definition's id (asked only when two stages run at once); a key
     * the loop does not have comes after, by start.
     */
    static String first(List<Step> running, Function<String, List<String>> order) {
        List<String> keys = running.stream().sorted(Comparator.comparing(Step::startedAt)).map(Step::stageKey)
                .distinct().toList();
        if (keys.size() == 1) {
            return keys.get(0);
        }
        String caller = running.stream().map(Step::callerDefinitionId).filter(c -> c != null).findFirst().orElse(null);
        List<String> loop = caller == null ? List.of() : order.apply(caller);
        return keys.stream().min(Comparator.comparingInt(k -> loop.indexOf(k) < 0 ? Integer.MAX_VALUE
                : loop.indexOf(k))).orElseThrow();
    }

    static Step step(ResultSet rs, int n) throws SQLException {
        return new Step(rs.getString("process_instance_id"), rs.getLong("application_id"), rs.getString("stage_key"),
                rs.getString("stage_name"), rs.getString("caller_definition_id"),
                rs.getTimestamp("started_at").toInstant());
    }

    /** A process the application's hiring process called that runs now: a stage ({@code stageKey} set) or the decision. */
    record Step(String processInstanceId, long applicationId, String stageKey, String stageName,
                String callerDefinitionId, Instant startedAt) {

        boolean isStage() {
            return stageKey != null;
        }
    }

    /** Where an application is: its lane, since when, and what runs for it now (oldest first). */
    record Place(String lane, Instant since, List<Step> steps) {

        boolean isIn(String key) {
            return key.equals(lane);
        }

        /** The stages that run now, oldest first. */
        List<Step> stages() {
            return steps.stream().filter(Step::isStage).toList();
        }

        boolean deciding() {
            return steps.stream().anyMatch(s -> !s.isStage());
        }
    }
}
