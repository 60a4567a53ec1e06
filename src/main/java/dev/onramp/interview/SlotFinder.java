package dev.onramp.interview;

import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Proposes interview slots inside the working hours of the candidate and of every interviewer, each
 * in their own zone. Everything is computed on instants, so daylight-saving changes follow
 * {@link ZoneId}'s rules.
 *
 * <ul>
 *   <li>Slots start on the quarter hour of the candidate's clock ({@link #GRANULARITY}), at the earliest on the
 *       candidate's tomorrow (nobody is asked to interview today) and never less than {@link #LEAD_TIME} after now.
 *       Every zone's offset is a multiple of 15 minutes, so zones with :30 and :45 offsets (Kathmandu, Chatham,
 *       Eucla, St John's) get the common hour they have.</li>
 *   <li>A slot is never proposed when it comes within the buffer ({@code onramp.scheduling.buffer}, default
 *       {@link #DEFAULT_BUFFER}) of a time someone is already booked ({@link Busy}: the candidate's or an
 *       interviewer's other interviews), whatever the working hours say.</li>
 *   <li>The horizon is the next {@link #HORIZON_WORKING_DAYS} working days (Monday to Friday) of the
 *       candidate, counted from tomorrow; a slot ends by the end of the last one.</li>
 *   <li>A slot fits a person when it lies within one of their working days: a weekday in their own
 *       zone, between their start and end time.</li>
 *   <li>Of the fitting slots, the earliest of each day is taken, earliest days first (days are the
 *       candidate's); if fewer days have a slot than asked for, later non-overlapping slots on the same
 *       days fill up. Fewer slots than asked for come back when fewer fit.</li>
 *   <li>When nothing fits everyone, the least bad slots come back: only those inside the candidate's
 *       hours (all slots in the horizon if none is), ranked by the number of people outside their
 *       hours, then the minutes outside, then how far from their working hours it is for them (so
 *       08:00 beats midnight), then earliest; equally ranked slots are spread over days as above.</li>
 * </ul>
 */
@Component
public class SlotFinder {

    public static final Duration GRANULARITY = Duration.ofMinutes(15);
    public static final Duration DEFAULT_BUFFER = Duration.ofMinutes(15);
    public static final Duration LEAD_TIME = Duration.ofHours(1);
    public static final int HORIZON_WORKING_DAYS = 10;
    public static final int PROPOSALS = 3;

    private static final Comparator<Candidate> LEAST_BAD = Comparator
            .comparingInt((Candidate c) -> c.outsideFor().size())
            .thenComparingLong(Candidate::minutesOutside)
            .thenComparingLong(Candidate::minutesAway)
            .thenComparing(Candidate::start);

    private final Clock clock;
    private final Duration buffer;

    public SlotFinder(Clock clock) {
        this(clock, DEFAULT_BUFFER);
    }

    @Autowired
    public SlotFinder(Clock clock, @Value("${onramp.scheduling.buffer:PT15M}") Duration buffer) {
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("onramp.scheduling.buffer must not be negative");
        }
        this.clock = clock;
        this.buffer = buffer;
    }

    /** The free time kept around every booked interview. */
    public Duration buffer() {
        return buffer;
    }

    /** {@link #PROPOSALS} slots from now on the application clock. */
    public SlotProposal propose(String candidateName, WorkingHours candidateHours, List<Participant> interviewers,
                                Duration duration) {
        return propose(candidateName, candidateHours, interviewers, duration, clock.instant(), PROPOSALS);
    }

    /** {@code count} slots from now on the application clock, none within the buffer of a {@code busy} time. */
    public SlotProposal propose(String candidateName, WorkingHours candidateHours, List<Participant> interviewers,
                                Duration duration, List<Busy> busy, int count) {
        return propose(candidateName, candidateHours, interviewers, duration, clock.instant(), count, busy);
    }

    public SlotProposal propose(String candidateName, WorkingHours candidateHours, List<Participant> interviewers,
                                Duration duration, Instant now, int count) {
        return propose(candidateName, candidateHours, interviewers, duration, now, count, List.of());
    }

    public SlotProposal propose(String candidateName, WorkingHours candidateHours, List<Participant> interviewers,
                                Duration duration, Instant now, int count, List<Busy> busy) {
        Objects.requireNonNull(busy, "busy");
        Objects.requireNonNull(candidateName, "candidateName");
        Objects.requireNonNull(candidateHours, "candidateHours");
        Objects.requireNonNull(now, "now");
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        List<String> names = new ArrayList<>();
        List<WorkingHours> hours = new ArrayList<>();
        names.add(candidateName);
        hours.add(candidateHours);
        for (Participant interviewer : interviewers) {
            names.add(interviewer.displayName());
            hours.add(interviewer.hours());
        }

        List<Candidate> all = candidates(names, hours, duration, now).stream()
                .filter(c -> busy.stream().noneMatch(b -> b.within(buffer, c.start(), c.end())))
                .toList();
        List<Candidate> fitting = all.stream().filter(c -> c.outsideFor().isEmpty()).toList();
        if (!fitting.isEmpty()) {
            return new SlotProposal(choose(fitting, count, candidateHours.zone()), true);
        }
        List<Candidate> pool = all.stream().filter(Candidate::candidateInside).toList();
        if (pool.isEmpty()) {
            pool = all;
        }
        return new SlotProposal(choose(pool, count, candidateHours.zone()), false);
    }

    /** Whether {@code [start, end)} comes within {@code buffer} of a booked time. */
    public boolean clashes(Instant start, Instant end, List<Busy> busy) {
        return busy.stream().anyMatch(b -> b.within(buffer, start, end));
    }

    /** Every quarter-hour start in the horizon, scored for everyone; index 0 is the candidate. */
    private static List<Candidate> candidates(List<String> names, List<WorkingHours> hours, Duration duration,
                                              Instant now) {
        ZoneId zone = hours.get(0).zone();
        LocalDate tomorrow = now.atZone(zone).toLocalDate().plusDays(1);
        LocalDate last = tomorrow.minusDays(1);
        for (int counted = 0; counted < HORIZON_WORKING_DAYS; ) {
            last = last.plusDays(1);
            if (WorkingHours.isWorkday(last)) {
                counted++;
            }
        }
        Instant horizonEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant earliest = now.plus(LEAD_TIME);

        List<Candidate> result = new ArrayList<>();
        for (Instant start = tomorrow.atStartOfDay(zone).toInstant();
             !start.plus(duration).isAfter(horizonEnd);
             start = start.plus(GRANULARITY)) {
            if (!start.isBefore(earliest)) {
                result.add(score(start, start.plus(duration), names, hours));
            }
        }
        return result;
    }

    private static Candidate score(Instant start, Instant end, List<String> names, List<WorkingHours> hours) {
        List<String> outsideFor = new ArrayList<>();
        long minutesOutside = 0;
        long minutesAway = 0;
        for (int i = 0; i < hours.size(); i++) {
            WorkingHours person = hours.get(i);
            if (person.covers(start, end)) {
                continue;
            }
            outsideFor.add(names.get(i));
            Duration inside = Duration.ZERO;
            Duration away = null;
            for (LocalDate day = start.atZone(person.zone()).toLocalDate().minusDays(3);
                 !day.isAfter(end.atZone(person.zone()).toLocalDate().plusDays(3));
                 day = day.plusDays(1)) {
                if (!WorkingHours.isWorkday(day)) {
                    continue;
                }
                Instant from = person.startOn(day);
                Instant to = person.endOn(day);
                Duration gap = to.isAfter(start) ? Duration.between(end, from) : Duration.between(to, start);
                if (gap.isNegative()) {
                    inside = inside.plus(Duration.between(later(start, from), earlier(end, to)));
                    gap = Duration.ZERO;
                }
                away = away == null || gap.compareTo(away) < 0 ? gap : away;
            }
            minutesOutside += Duration.between(start, end).minus(inside).toMinutes();
            minutesAway += away == null ? 0 : away.toMinutes();
        }
        LocalDate day = start.atZone(hours.get(0).zone()).toLocalDate();
        boolean candidateInside = hours.get(0).covers(start, end);
        return new Candidate(start, end, day, outsideFor, minutesOutside, minutesAway, candidateInside);
    }

    /**
     * Best ranked first; within equally ranked slots, one per day, earliest days first, then
     * non-overlapping ones on days already used.
     */
    private static List<Slot> choose(List<Candidate> pool, int count, ZoneId zone) {
        List<Candidate> ranked = pool.stream().sorted(LEAST_BAD).toList();
        List<Candidate> chosen = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        int from = 0;
        while (from < ranked.size() && chosen.size() < count) {
            int to = from;
            while (to < ranked.size() && sameRank(ranked.get(from), ranked.get(to))) {
                to++;
            }
            List<Candidate> tier = ranked.subList(from, to);
            for (Candidate c : tier) {
                if (chosen.size() < count && !days.contains(c.day()) && overlapsNone(c, chosen)) {
                    chosen.add(c);
                    days.add(c.day());
                }
            }
            for (Candidate c : tier) {
                if (chosen.size() < count && overlapsNone(c, chosen)) {
                    chosen.add(c);
                    days.add(c.day());
                }
            }
            from = to;
        }
        return chosen.stream()
                .sorted(Comparator.comparing(Candidate::start))
                .map(c -> new Slot(c.start(), c.end(), c.outsideFor()))
                .toList();
    }

    private static boolean sameRank(Candidate a, Candidate b) {
        return a.outsideFor().size() == b.outsideFor().size()
                && a.minutesOutside() == b.minutesOutside()
                && a.minutesAway() == b.minutesAway();
    }

    private static boolean overlapsNone(Candidate c, List<Candidate> chosen) {
        return chosen.stream().noneMatch(o -> c.start().isBefore(o.end()) && o.start().isBefore(c.end()));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A possible slot with its score; {@code day} is the candidate's local date of the start. */
    private record Candidate(Instant start, Instant end, LocalDate day, List<String> outsideFor, long minutesOutside,
                             long minutesAway, boolean candidateInside) {
    }
}
