package dev.onramp.hiring;

import dev.onramp.hiring.ApplicationLanes.Place;
import dev.onramp.hiring.ApplicationLanes.Step;
import dev.onramp.loop.LoopStages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A requisition's applications as a board: Screening, the stages of the team's loop (latest version) in loop order,
 * Offer / decision, Ended. Where each application stands, and since when, is {@link ApplicationLanes}: kept with the
 * process steps in our own tables, so the board asks the engine nothing about the requisition's applications. Each
 * lane is counted whole but shows only its first cards (the longest in the lane first; Ended: the most recently
 * ended first), the rest on the lane's own pages.
 * <p>
 * Cost, however many applications: one GROUP BY for every lane's count (an index-only scan), one indexed page of ids
 * per lane that has any, then three for the shown cards (their applications, lanes and running stages), and the loop's
 * latest definition (one small engine query; its model cached).
 */
@Service
class PipelineBoard {

    /** Cards a lane shows on the board; the lane's own pages show the rest. */
    static final int CARDS_PER_LANE = 20;
    /** Cards on one page of a lane. */
    static final int LANE_PAGE = 50;

    private final ApplicationRepository applications;
    private final ApplicationLanes places;
    private final LoopStages loopStages;
    private final Clock clock;

    PipelineBoard(ApplicationRepository applications, ApplicationLanes places, LoopStages loopStages, Clock clock) {
        this.applications = applications;
        this.places = places;
        this.loopStages = loopStages;
        this.clock = clock;
    }

    /** The board: every lane with its count and its first {@code cardsPerLane} cards. */
    Board of(Requisition requisition, String loopKey, int cardsPerLane) {
        Map<String, Lane> lanes = lanes(requisition.id(), loopKey);
        Map<Lane, List<Long>> shown = new LinkedHashMap<>();
        lanes.values().stream().filter(l -> l.count > 0)
                .forEach(l -> shown.put(l, places.ids(requisition.id(), l.key, 0, cardsPerLane)));
        Map<Long, Card> cards = cards(shown.values().stream().flatMap(List::stream).toList());
        shown.forEach((lane, ids) -> ids.stream().map(cards::get).filter(c -> c != null).forEach(lane.cards::add));
        return new Board(List.copyOf(lanes.values()));
    }

    /** One page of one lane ({@code page} from 1; out of range: the nearest page); empty when there is no such lane. */
    Optional<LanePage> lane(Requisition requisition, String loopKey, String laneKey, String page) {
        Lane lane = lanes(requisition.id(), loopKey).get(laneKey);
        if (lane == null) {
            return Optional.empty();
        }
        Paging paging = Paging.of(page, lane.count, LANE_PAGE);
        List<Long> ids = lane.count == 0 ? List.of()
                : places.ids(requisition.id(), lane.key, paging.offset(), paging.size());
        Map<Long, Card> cards = cards(ids);
        ids.stream().map(cards::get).filter(c -> c != null).forEach(lane.cards::add);
        return Optional.of(new LanePage(lane, paging));
    }

    /**
     * Every lane, left to right, with its count: Screening, the loop's stages (a stage the latest loop version no
     * longer has, in which someone still is, after them), the decision, Ended.
     */
    private Map<String, Lane> lanes(long requisitionId, String loopKey) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        lanes.put(ApplicationLanes.SCREENING, new Lane(Lane.Kind.SCREENING, ApplicationLanes.SCREENING, null));
        for (dev.onramp.loop.Stage column : loopStages.latestStagesOf(loopKey)) {
            lanes.putIfAbsent(column.key(), new Lane(Lane.Kind.STAGE, column.key(), column.name()));
        }
        Map<String, Long> counts = places.counts(requisitionId);
        counts.keySet().stream().filter(k -> !lanes.containsKey(k) && !ApplicationLanes.DECISION.equals(k)
                && !ApplicationLanes.ENDED.equals(k)).sorted()
                .forEach(k -> lanes.put(k, new Lane(Lane.Kind.STAGE, k, k)));
        lanes.put(ApplicationLanes.DECISION, new Lane(Lane.Kind.DECISION, ApplicationLanes.DECISION, null));
        lanes.put(ApplicationLanes.ENDED, new Lane(Lane.Kind.ENDED, ApplicationLanes.ENDED, null));
        lanes.values().forEach(l -> l.count = counts.getOrDefault(l.key, 0L).intValue());
        return lanes;
    }

    /** The cards of these applications (days in their lane, the other stages they are in, the outcome), by id. */
    private Map<Long, Card> cards(List<Long> ids) {
        Instant now = clock.instant();
        Map<Long, Place> where = places.placesOf(ids);
        Map<Long, Card> cards = new HashMap<>();
        for (Application a : applications.findByIds(ids)) {
            Place place = where.get(a.id());
            if (!a.isActive() || place == null || place.isIn(ApplicationLanes.ENDED)) {
                cards.put(a.id(), new Card(a, null, List.of(), a.isActive() ? null : a.status()));
                continue;
            }
            List<String> alsoIn = place.isIn(ApplicationLanes.DECISION) ? List.of() : place.stages().stream()
                    .filter(s -> !place.isIn(s.stageKey())).map(Step::stageName).distinct().toList();
            cards.put(a.id(), new Card(a, days(place.since(), now), alsoIn, null));
        }
        return cards;
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
        private int count;

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
            return count;
        }

        /** Whether the lane has more applications than the cards shown. */
        public boolean isMore() {
            return count > cards.size();
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
