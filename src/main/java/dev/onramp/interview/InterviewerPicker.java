package dev.onramp.interview;

import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Proposes interviewers for a stage from a team's pool. Those at or over their weekly limit and the
 * excluded ones (for example already on this candidate's panel) are left out. Of the rest, those with
 * at least {@link #GOOD_OVERLAP_HOURS} of average daily overlap with the candidate (over the
 * candidate's current week) come first, fewest bookings this week first, then most overlap, then name;
 * the others follow, most overlap first, then fewest bookings, then name.
 */
@Component
public class InterviewerPicker {

    public static final double GOOD_OVERLAP_HOURS = 2.0;

    private static final Comparator<Pick> BY_NAME = Comparator
            .comparing((Pick p) -> p.member().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(p -> p.member().personId());
    private static final Comparator<Pick> MOST_OVERLAP = Comparator
            .comparingDouble((Pick p) -> p.reason().overlapHours()).reversed();
    private static final Comparator<Pick> FEWEST_BOOKINGS = Comparator
            .comparingInt(p -> p.reason().bookedThisWeek());
    private static final Comparator<Pick> GOOD = FEWEST_BOOKINGS.thenComparing(MOST_OVERLAP).thenComparing(BY_NAME);
    private static final Comparator<Pick> POOR = MOST_OVERLAP.thenComparing(FEWEST_BOOKINGS).thenComparing(BY_NAME);
    private static final Comparator<Pick> ORDER = (a, b) -> {
        boolean goodA = a.reason().goodOverlap();
        if (goodA != b.reason().goodOverlap()) {
            return goodA ? -1 : 1;
        }
        return goodA ? GOOD.compare(a, b) : POOR.compare(a, b);
    };

    private final Clock clock;

    public InterviewerPicker(Clock clock) {
        this.clock = clock;
    }

    /** Picks for the candidate's current week on the application clock. */
    public InterviewerPicks pick(List<PoolMember> pool, int needed, Set<Long> excluded, WorkingHours candidateHours) {
        return pick(pool, needed, excluded, candidateHours, clock.instant());
    }

    public InterviewerPicks pick(List<PoolMember> pool, int needed, Set<Long> excluded, WorkingHours candidateHours,
                                 Instant now) {
        Objects.requireNonNull(candidateHours, "candidateHours");
        if (needed < 1) {
            throw new IllegalArgumentException("at least one interviewer is needed");
        }
        LocalDate weekOf = now.atZone(candidateHours.zone()).toLocalDate();
        List<Pick> picks = pool.stream()
                .filter(PoolMember::hasRoom)
                .filter(member -> !excluded.contains(member.personId()))
                .map(member -> new Pick(member, new PickReason(
                        candidateHours.averageDailyOverlapHours(member.hours(), weekOf), member.bookedThisWeek())))
                .sorted(ORDER)
                .limit(needed)
                .toList();
        return new InterviewerPicks(picks, picks.size() < needed);
    }
}
