package dev.onramp.hiring;

import dev.onramp.loop.LoopStages;
import dev.onramp.hiring.HiringHistory.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.onramp.loop.TeamLoop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A requisition's applications as a board: Screening, the stages of the team's loop (latest version) in
 * loop order, Offer / decision, Ended. Where an active application stands comes from the engine's runtime tables,
 * for all of them at once in SQL (the decision process under its hiring process, else the first of its running stage
 * instances in loop order, else screening); each lane is counted whole but shows only its first cards (oldest
 * application first), the rest on the lane's own pages. Since when a shown card is in its lane comes from the
 * engine's history, for the shown cards only.
 * <p>
 * Cost: three SQL queries for every application's lane (ids and stage keys only, however many), one for the shown
 * applications, then three engine queries for the shown cards (the loop's latest definition, their process
 * instances' history by business key, the stage keys of the stage instances).
 */
@Service
class PipelineBoard {

    /** Cards a lane shows on the board; the lane's own pages show the rest. */
    static final int CARDS_PER_LANE = 20;
    /** Cards on one page of a lane. */
    static final int LANE_PAGE = 50;

    private final ApplicationRepository applications;
    private final LoopStages loopStages;
    private final HiringHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    PipelineBoard(ApplicationRepository applications, LoopStages loopStages, HiringHistory history, JdbcClient jdbc,
                  Clock clock) {
        this.applications = applications;
        this.loopStages = loopStages;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The board: every lane with its count and its first {@code cardsPerLane} cards. */
    Board of(Requisition requisition, String loopKey, int cardsPerLane) {
        Map<String, Lane> lanes = lanes(requisition.id(), loopKey);
        List<Long> shown = lanes.values().stream().flatMap(l -> l.ids.stream().limit(cardsPerLane)).toList();
        Map<Long, Card> cards = cards(shown, List.copyOf(lanes.keySet()));
        lanes.values().forEach(l -> l.ids.stream().limit(cardsPerLane).map(cards::get).filter(Objects::nonNull)
                .forEach(l.cards::add));
        return new Board(List.copyOf(lanes.values()));
    }

    /** One page of one lane ({@code page} from 1; out of range: the nearest page); empty when there is no such lane. */
    Optional<LanePage> lane(Requisition requisition, String loopKey, String laneKey, String page) {
        Map<String, Lane> lanes = lanes(requisition.id(), loopKey);
        Lane lane = lanes.get(laneKey);
        if (lane == null) {
            return Optional.empty();
        }
        Paging paging = Paging.of(page, lane.ids.size(), LANE_PAGE);
        Map<Long, Card> cards = cards(lane.ids.stream().skip(paging.offset()).limit(paging.size()).toList(),
                List.copyOf(lanes.keySet()));
        lane.ids.stream().skip(paging.offset()).limit(paging.size()).map(cards::get).filter(Objects::nonNull)
                .forEach(lane.cards::add);
        return Optional.of(new LanePage(lane, paging));
    }

    /**
     * Every lane, left to right, with the ids of its applications in the lane's order: active ones oldest
     * application first, ended ones most recently ended first (those whose process ended without an outcome
     * before them).
     */
    private Map<String, Lane> lanes(long requisitionId, String loopKey) {
        Lane screening = new Lane(Lane.Kind.SCREENING, "screening", null);
        Map<String, Lane> loop = new LinkedHashMap<>();
        for (dev.onramp.loop.Stage column : loopStages.latestStagesOf(loopKey)) {
            loop.putIfAbsent(column.key(), new Lane(Lane.Kind.STAGE, column.key(), column.name()));
        }
        Lane decision = new Lane(Lane.Kind.DECISION, "decision", null);
        Lane ended = new Lane(Lane.Kind.ENDED, "ended", null);

        List<long[]> active = jdbc.sql("""
                SELECT a.id, CASE WHEN a.process_instance_id IS NOT NULL AND NOT EXISTS
                       (SELECT 1 FROM ACT_RU_EXECUTION r WHERE r.ID_ = a.process_instance_id) THEN 1 ELSE 0 END
                FROM application a WHERE a.requisition_id = ? AND a.status = 'ACTIVE' ORDER BY a.id
                """).param(requisitionId).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
        Set<Long> deciding = new HashSet<>(jdbc.sql("""
                SELECT a.id FROM application a
                JOIN ACT_RU_EXECUTION e ON e.ROOT_PROC_INST_ID_ = a.process_instance_id AND e.ID_ = e.PROC_INST_ID_
                JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                WHERE a.requisition_id = ? AND a.status = 'ACTIVE' AND d.KEY_ = ?
                """).params(requisitionId, HiringProcess.CALLED_DECIDE_AND_OFFER).query(Long.class).list());
        Map<Long, List<String>> running = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, v.TEXT_ FROM application a
                JOIN ACT_RU_EXECUTION e ON e.ROOT_PROC_INST_ID_ = a.process_instance_id AND e.ID_ = e.PROC_INST_ID_
                     AND e.ID_ <> a.process_instance_id
                JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = e.ID_ AND v.NAME_ = ?
                WHERE a.requisition_id = ? AND a.status = 'ACTIVE'
                """).params(TeamLoop.VAR_STAGE_KEY, requisitionId).query(rs -> {
            if (rs.getString(2) != null) {
                running.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        });
        for (long[] row : active) {
            long id = row[0];
            if (row[1] == 1) {
                ended.ids.add(id);
            } else if (deciding.contains(id)) {
                decision.ids.add(id);
            } else if (running.containsKey(id)) {
                // a stage the latest loop version no longer has gets a lane of its own, after the others
                List<String> keys = running.get(id);
                keys.forEach(k -> loop.computeIfAbsent(k, x -> new Lane(Lane.Kind.STAGE, k, k)));
                List<String> order = new ArrayList<>(loop.keySet());
                String first = keys.stream().min(Comparator.comparing(order::indexOf)).orElseThrow();
                loop.get(first).ids.add(id);
            } else {
                screening.ids.add(id);
            }
        }
        ended.ids.addAll(jdbc.sql("""
                SELECT id FROM application WHERE requisition_id = ? AND status <> 'ACTIVE'
                ORDER BY ended_at DESC, id DESC
                """).param(requisitionId).query(Long.class).list());

        Map<String, Lane> lanes = new LinkedHashMap<>();
        lanes.put(screening.key, screening);
        loop.values().forEach(l -> lanes.putIfAbsent(l.key, l));
        lanes.put(decision.key, decision);
        lanes.put(ended.key, ended);
        return lanes;
    }

    /** The cards of these applications (days in their lane, the other stages they are in, the outcome), by id. */
    private Map<Long, Card> cards(List<Long> ids, List<String> order) {
        Instant now = clock.instant();
        List<Application> all = applications.findByIds(ids);
        List<Application> active = all.stream().filter(Application::isActive).toList();
        Map<String, List<HistoricProcessInstance>> instances = history.instancesOf(active);
        Map<String, Stage> stages = history.stagesAmong(instances.values().stream().flatMap(List::stream).toList());
        Map<Long, Card> cards = new HashMap<>();
        for (Application a : all) {
            List<HistoricProcessInstance> tree = a.processInstanceId() == null ? List.of()
                    : instances.getOrDefault(a.processInstanceId(), List.of());
            Optional<HistoricProcessInstance> root = tree.stream()
                    .filter(i -> i.getId().equals(a.processInstanceId())).findFirst();
            if (!a.isActive() || root.map(r -> !HiringHistory.isRunning(r)).orElse(false)) {
                cards.put(a.id(), new Card(a, null, List.of(), a.isActive() ? null : a.status()));
            } else {
                cards.put(a.id(), card(a, root.orElse(null), tree, stages, order, now));
            }
        }
        return cards;
    }

    /** An active application's card: the days since it got to where it is now, and its other running stages. */
    private Card card(Application a, HistoricProcessInstance root, List<HistoricProcessInstance> tree,
                      Map<String, Stage> stages, List<String> order, Instant now) {
        if (root == null) {
            return new Card(a, days(a.createdAt(), now), List.of(), null);
        }
        Optional<HistoricProcessInstance> decided = tree.stream().filter(HiringHistory::isDecision)
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
        if (decided.isPresent()) {
            return new Card(a, days(decided.get().getStartTime().toInstant(), now), List.of(), null);
        }
        List<Stage> ownStages = tree.stream().map(i -> stages.get(i.getId())).filter(s -> s != null).toList();
        List<Stage> running = ownStages.stream().filter(s -> HiringHistory.isRunning(s.instance())).toList();
        if (!running.isEmpty()) {
            Map<String, String> names = new LinkedHashMap<>();
            running.stream().sorted(Comparator.comparing(s -> s.instance().getStartTime()))
                    .forEach(s -> names.putIfAbsent(s.key(), s.name()));
            List<String> keys = names.keySet().stream().sorted(Comparator.comparing(k -> order.indexOf(k) < 0
                    ? Integer.MAX_VALUE : order.indexOf(k))).toList();
            String first = keys.get(0);
            Instant since = running.stream().filter(s -> s.key().equals(first))
                    .map(s -> s.instance().getStartTime().toInstant()).min(Comparator.naturalOrder()).orElseThrow();
            return new Card(a, days(since, now), keys.stream().skip(1).map(names::get).toList(), null);
        }
        Optional<Stage> last = ownStages.stream().max(Comparator.comparing(s -> s.instance().getStartTime()));
        if (last.isPresent()) {
            // between two stages: still where the last one was, for the moment the engine takes to move on
            return new Card(a, days(last.get().instance().getStartTime().toInstant(), now), List.of(), null);
        }
        return new Card(a, days(root.getStartTime().toInstant(), now), List.of(), null);
    }

    private static long days(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }

    /** The board: its lanes from left to right, each with its count and first cards. */
    record Board(List<Lane> lanes) {
    }

    /** One page of a lane's cards. */
    record LanePage(Lane lane, Paging paging) {
    }

    /**
     * One column of the board. A stage's lane has the stage's key and name; the others are named by
     * message keys ({@link Kind#messageKey()}).
     */
    static final class Lane {

        enum Kind {
            SCREENING, STAGE, DECISION, ENDED;

            String messageKey() {
                return "board.column." + name().toLowerCase(Locale.ROOT);
            }
        }

        private final Kind kind;
        private final String key;
        private final String name;
        private final List<Card> cards = new ArrayList<>();
        private final List<Long> ids = new ArrayList<>();

        Lane(Kind kind, String key, String name) {
            this.kind = kind;
            this.key = key;
            this.name = name;
        }

        public Kind getKind() {
            return kind;
        }

        public String getKey() {
            return key;
        }

        /** The stage's name for a stage lane, null for the others. */
        public String getName() {
            return name;
        }

        /** The cards shown (the first of the lane, or one page of it). */
        public List<Card> getCards() {
            return cards;
        }

        /** How many applications are in the lane. */
        public int getCount() {
            return ids.size();
        }

        /** Whether the lane has more applications than the cards shown. */
        public boolean isMore() {
            return ids.size() > cards.size();
        }

        public String getMessageKey() {
            return kind.messageKey();
        }
    }

    /**
     * One application on the board.
     *
     * @param daysInStage whole days since it entered its lane; null once it has ended
     * @param alsoIn      names of other stages running at the same time (parallel stages)
     * @param outcome     how it ended; null while active, or when its process ended without a recorded outcome
     */
    record Card(Application application, Long daysInStage, List<String> alsoIn, Application.Status outcome) {
    }
}
