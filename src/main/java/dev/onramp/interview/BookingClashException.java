package dev.onramp.interview;

import dev.onramp.interview.BookingChecks.OutsideHours;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A booking would overlap (within the buffer) an interview the candidate or an interviewer already has, or (for a
 * reschedule) fall outside someone's working hours, and nobody confirmed it: nothing was booked or moved. The form
 * shows who and when and asks for an explicit confirmation; one that slips through is a 409. See {@link BookingChecks}.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class BookingClashException extends RuntimeException {

    private final transient List<Clash> clashes;
    private final transient List<OutsideHours> outsideHours;

    BookingClashException(List<Clash> clashes) {
        this(clashes, List.of());
    }

    BookingClashException(List<Clash> clashes, List<OutsideHours> outsideHours) {
        super(clashes.size() + " clash(es) with booked interviews, outside hours for " + outsideHours.size());
        this.clashes = List.copyOf(clashes);
        this.outsideHours = List.copyOf(outsideHours);
    }

    List<Clash> clashes() {
        return clashes;
    }

    List<OutsideHours> outsideHours() {
        return outsideHours;
    }
}
