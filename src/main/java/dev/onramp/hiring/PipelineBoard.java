package dev.onramp.hiring;

import dev.onramp.loop.LoopStages;
import dev.onramp.hiring.HiringHistory.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A requisition's applications as a board: Screening, the stages of the team's loop (latest version) in
 * loop order, Offer / decision, Ended. Where an active application stands, and since when, comes from the
 * engine: its hiring process while screening, the stage instance it is in during the loop (the first of
 * several parallel ones; the others are listed on the card), the decision process after the loop.
 * <p>
 * Cost: one SQL query for the applications, then three engine queries whatever their number (the loop's
 * latest definition, the history of every application's process instances by business key, the stage
 * keys of the stage instances); the loop's model comes from the engine's deployment cache.
 */
@Service
class PipelineBoard {

    private final ApplicationRepository applications;
    private final LoopStages loopStages;
    private final HiringHistory history;
    private final Clock clock;

    PipelineBoard(ApplicationRepository applications, LoopStages loopStages, HiringHistory history, Clock clock) {
        this.applications = applications;
        this.loopStages = loopStages;
        this.history = history;
        this.clock = clock;
    }

    Board of(Requisition requisition, String loopKey) {
        Instant now = clock.instant();
        List<Application> all = applications.findByRequisition(requisition.id());
        List<Application> active = all.stream().filter(Application::isActive).toList();
        Map<String, List<HistoricProcessInstance>> instances = history.instancesOf(active);
        Map<String, Stage> stages = history.stagesAmong(instances.values().stream().flatMap(List::stream).toList());

        Lane screening = new Lane(Lane.Kind.SCREENING, "screening", null);
        Map<String, Lane> loop = new LinkedHashMap<>();
        for (dev.onramp.loop.Stage column : loopStages.latestStagesOf(loopKey)) {
            loop.putIfAbsent(column.key(), new Lane(Lane.Kind.STAGE, column.key(), column.name()));
        }
        Lane decision = new Lane(Lane.Kind.DECISION, "decision", null);
        Lane ended = new Lane(Lane.Kind.ENDED, "ended", null);

        for (Application a : all) {
            List<HistoricProcessInstance> tree = a.processInstanceId() == null ? List.of()
                    : instances.getOrDefault(a.processInstanceId(), List.of());
            Optional<HistoricProcessInstance> root = tree.stream()
                    .filter(i -> i.getId().equals(a.processInstanceId())).findFirst();
            if (!a.isActive() || root.map(r -> !HiringHistory.isRunning(r)).orElse(false)) {
                ended.cards.add(new Card(a, null, List.of(), a.isActive() ? null : a.status()));
                continue;
            }
            place(a, root.orElse(null), tree, stages, now, screening, loop, decision);
        }

        List<Lane> lanes = new ArrayList<>();
        lanes.add(screening);
        lanes.addAll(loop.values());
        lanes.add(decision);
        lanes.add(ended);
        lanes.forEach(lane -> lane.cards.sort(lane.kind == Lane.Kind.ENDED
                ? Comparator.comparing((Card c) -> c.application().endedAt(), Comparator.nullsFirst(Comparator.reverseOrder()))
                : Comparator.comparing(Card::daysInStage, Comparator.reverseOrder())
                        .thenComparing(c -> c.application().candidateName())));
        return new Board(lanes);
    }

    /** Puts an active application in the lane where it is now, with the days since it got there. */
    private void place(Application a, HistoricProcessInstance root, List<HistoricProcessInstance> tree,
                       Map<String, Stage> stages, Instant now, Lane screening, Map<String, Lane> loop, Lane decision) {
        if (root == null) {
            screening.cards.add(new Card(a, days(a.createdAt(), now), List.of(), null));
            return;
        }
        Optional<HistoricProcessInstance> decided = tree.stream().filter(HiringHistory::isDecision)
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
        if (decided.isPresent()) {
            decision.cards.add(new Card(a, days(decided.get().getStartTime().toInstant(), now), List.of(), null));
            return;
        }
        List<Stage> ownStages = tree.stream().map(i -> stages.get(i.getId())).filter(s -> s != null).toList();
        List<Stage> running = ownStages.stream().filter(s -> HiringHistory.isRunning(s.instance())).toList();
        if (!running.isEmpty()) {
            // a stage the latest loop version no longer has gets a lane of its own, after the others
            running.forEach(s -> loop.computeIfAbsent(s.key(), k -> new Lane(Lane.Kind.STAGE, s.key(), s.name())));
            List<String> order = new ArrayList<>(loop.keySet());
            List<String> keys = running.stream().map(Stage::key).distinct().sorted(Comparator.comparing(order::indexOf)).toList();
            String first = keys.get(0);
            Instant since = running.stream().filter(s -> s.key().equals(first))
                    .map(s -> s.instance().getStartTime().toInstant()).min(Comparator.naturalOrder()).orElseThrow();
            List<String> others = keys.stream().skip(1).map(k -> loop.get(k).name).toList();
            loop.get(first).cards.add(new Card(a, days(since, now), others, null));
            return;
        }
        Optional<Stage> last = ownStages.stream().max(Comparator.comparing(s -> s.instance().getStartTime()));
        if (last.isPresent()) {
            // between two stages: still where the last one was, for the moment the engine takes to move on
            Stage stage = last.get();
            loop.computeIfAbsent(stage.key(), k -> new Lane(Lane.Kind.STAGE, stage.key(), stage.name()))
                    .cards.add(new Card(a, days(stage.instance().getStartTime().toInstant(), now), List.of(), null));
            return;
        }
        screening.cards.add(new Card(a, days(root.getStartTime().toInstant(), now), List.of(), null));
    }

    private static long days(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }

    /** The board: its lanes from left to right. */
    record Board(List<Lane> lanes) {
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

        public List<Card> getCards() {
            return cards;
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
