package dev.onramp.interview;

import dev.onramp.people.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place that says whether a live interview may take a time without anyone confirming it: the first booking
 * ({@link InterviewScheduling#schedule}) and a reschedule ({@link InterviewLifecycle#reschedule}) both ask here.
 * A time is in the way of an interview the candidate or a panel member already has when it comes within the buffer
 * ({@link SlotFinder#buffer()}) of it; the interview being moved is never in its own way. A time is outside someone's
 * hours by the rule the proposals mark "outside hours" ({@link WorkingHours#covers}, as {@link SlotFinder} scores).
 */
@Component
class BookingChecks {

    /** No interview to leave out: a first booking. */
    static final long NONE = -1;

    private final InterviewRepository interviews;
    private final SlotFinder slotFinder;

    BookingChecks(InterviewRepository interviews, SlotFinder slotFinder) {
        this.interviews = interviews;
        this.slotFinder = slotFinder;
    }

    /**
     * Locks the panel's and the application's rows until the transaction ends, so two bookings of the same people run
     * one after the other and the second sees the first ({@link InterviewRepository#lockForBooking}).
     */
    void lock(Collection<Long> panel, long applicationId) {
        interviews.lockForBooking(panel, applicationId);
    }

    /**
     * The interviews (but {@code except}) the candidate of {@code applicationId} or one of {@code panel} has within the
     * buffer of {@code [start, end)}: who and when, earliest first; empty when the time is free.
     */
    List<Clash> clashes(Collection<Long> panel, long applicationId, Instant start, Instant end, long except) {
        return interviews.bookingsOverlapping(panel, applicationId, start.minus(slotFinder.buffer()),
                        end.plus(slotFinder.buffer()))
                .stream()
                .filter(b -> b.interviewId() != except)
                .map(b -> new Clash(b.who(), b.personId() == null, b.interviewId(), b.start(), b.end()))
                .distinct()
                .toList();
    }

    /** The booked times (but {@code except}) of the candidate and {@code panel} overlapping {@code [from, to)}. */
    List<Busy> busy(Collection<Long> panel, long applicationId, Instant from, Instant to, long except) {
        return interviews.bookingsOverlapping(panel, applicationId, from, to).stream()
                .filter(b -> b.interviewId() != except)
                .map(b -> new Busy(b.interviewId(), b.start(), b.end()))
                .toList();
    }

    /** Who of the candidate (first) and {@code panel} would have {@code [start, end)} outside their working hours. */
    static List<OutsideHours> outsideHours(String candidateName, WorkingHours candidateHours, List<Participant> panel,
                                           Instant start, Instant end) {
        List<OutsideHours> result = new ArrayList<>();
        if (!candidateHours.covers(start, end)) {
            result.add(new OutsideHours(candidateName, true, candidateHours.zone()));
        }
        for (Participant p : panel) {
            if (!p.hours().covers(start, end)) {
                result.add(new OutsideHours(p.displayName(), false, p.hours().zone()));
            }
        }
        return result;
    }

    /** Someone for whom a time falls outside their working hours: their name and zone. */
    record OutsideHours(String who, boolean candidate, ZoneId zone) {
    }
}
