package dev.onramp.hiring;

import dev.onramp.hiring.ApplicationLanes.Step;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.system.JavaMigrationBean;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration {@value #VERSION}: V38 put an application that was in two stages at once (a loop's parallel branches) in
 * the one started first; {@link ApplicationLanes} puts it in the first of them in its loop's order. This puts those
 * applications where the recorder would: the loop's order comes from its model, read from the engine's tables (the
 * engine does not run during migrations). Java, because SQL cannot read a model's flow.
 */
@Component
class ParallelLaneBackfill extends JavaMigrationBean {

    static final String VERSION = "38.1";

    ParallelLaneBackfill() {
        super(VERSION, "application lanes of parallel stages");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Puts every active application in two or more stages at once in the first of them in its loop's order. */
    static void fill(Connection connection) throws SQLException {
        Map<Long, List<Step>> byApplication = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT s.process_instance_id, s.application_id, s.stage_key, s.stage_name, s.caller_definition_id,
                       s.started_at
                  FROM application_step s
                 WHERE s.stage_key IS NOT NULL AND s.application_id IN (
                       SELECT t.application_id FROM application_step t WHERE t.stage_key IS NOT NULL
                        GROUP BY t.application_id HAVING COUNT(DISTINCT t.stage_key) > 1)
                """); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Step step = ApplicationLanes.step(rows, 0);
                byApplication.computeIfAbsent(step.applicationId(), k -> new ArrayList<>()).add(step);
            }
        }
        if (byApplication.isEmpty()) {
            return;
        }
        Map<String, List<String>> orders = new HashMap<>();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE application SET lane = ?, lane_since = ?, stage = ?
                 WHERE id = ? AND status = 'ACTIVE' AND lane NOT IN ('decision', 'ended')
                """)) {
            for (Map.Entry<Long, List<Step>> e : byApplication.entrySet()) {
                String first = ApplicationLanes.first(e.getValue(), caller -> orders.computeIfAbsent(caller,
                        id -> stageKeys(connection, id)));
                update.setString(1, first);
                update.setTimestamp(2, Timestamp.from(e.getValue().stream().filter(s -> s.stageKey().equals(first))
                        .map(Step::startedAt).min(Comparator.naturalOrder()).orElseThrow()));
                update.setString(3, first);
                update.setLong(4, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The stage keys of a deployed loop definition in the order of its flow, from its model in the engine's tables. */
    private static List<String> stageKeys(Connection connection, String definitionId) {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT b.BYTES_ FROM ACT_RE_PROCDEF d
                  JOIN ACT_GE_BYTEARRAY b ON b.DEPLOYMENT_ID_ = d.DEPLOYMENT_ID_ AND b.NAME_ = d.RESOURCE_NAME_
                 WHERE d.ID_ = ?
                """)) {
            select.setString(1, definitionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
                return LoopStages.stagesIn(Bpmn.readModelFromStream(new ByteArrayInputStream(rows.getBytes(1))))
                        .stream().map(Stage::key).toList();
            }
        } catch (SQLException | RuntimeException e) {
            return List.of(); // not a loop's model we can read: the stage started first stays first
        }
    }
}
