package dev.onramp.hiring;

import dev.onramp.tasklist.TaskSubjects;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tasks of an application's processes are about: the candidate, the team and the requisition. Every
 * process of an application (hiring, its loop, its stages, the decision) carries {@link HiringProcess#VAR_APPLICATION_ID},
 * {@link HiringProcess#VAR_TEAM} and {@link HiringProcess#VAR_REQUISITION_ID}; a process without a requisition
 * (onboarding) is not one of them. Two queries however many tasks.
 */
@Component
class HiringTaskSubjects implements TaskSubjects {

    private final JdbcClient jdbc;

    HiringTaskSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> variableNames() {
        return Set.of(HiringProcess.VAR_APPLICATION_ID, HiringProcess.VAR_TEAM, HiringProcess.VAR_REQUISITION_ID);
    }

    @Override
    public Map<String, TaskSubject> describe(Map<String, Map<String, Object>> variablesByProcessInstance) {
        Map<Long, String> candidates = namesById(variablesByProcessInstance, HiringProcess.VAR_APPLICATION_ID,
                "SELECT id, candidate_name FROM application WHERE id IN (:ids)");
        Map<Long, String> titles = namesById(variablesByProcessInstance, HiringProcess.VAR_REQUISITION_ID,
                "SELECT id, title FROM requisition WHERE id IN (:ids)");
        Map<String, TaskSubject> subjects = new HashMap<>();
        variablesByProcessInstance.forEach((processInstanceId, v) -> {
            Long applicationId = id(v.get(HiringProcess.VAR_APPLICATION_ID));
            Long requisitionId = id(v.get(HiringProcess.VAR_REQUISITION_ID));
            String team = v.get(HiringProcess.VAR_TEAM) instanceof String s ? s : null;
            if (requisitionId != null) {
                subjects.put(processInstanceId, new TaskSubject(applicationId == null ? null : candidates.get(applicationId),
                        team, requisitionId, requisitionId == null ? null : titles.get(requisitionId)));
            }
        });
        return subjects;
    }

    @Override
    public Optional<String> teamVariable() {
        return Optional.of(HiringProcess.VAR_TEAM);
    }

    @Override
    public Optional<String> requisitionVariable() {
        return Optional.of(HiringProcess.VAR_REQUISITION_ID);
    }

    /** The open requisitions, by title: tasks of a closed one end with it. */
    @Override
    public Map<Long, String> requisitions() {
        Map<Long, String> open = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title FROM requisition WHERE status = 'OPEN' ORDER BY title, id")
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getString(2));
                });
        return open;
    }

    private static Long id(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** One query for the names of every id that the variable {@code name} holds: {@code sql} selects id, name. */
    private Map<Long, String> namesById(Map<String, Map<String, Object>> vars, String name, String sql) {
        Set<Long> ids = vars.values().stream().map(v -> id(v.get(name))).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
