package dev.onramp.interview;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A booking would overlap (within the buffer) an interview the candidate or an interviewer already has, and nobody
 * confirmed it: nothing was booked. The schedule form shows the clashes and asks to book anyway; one that slips
 * through is a 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class BookingClashException extends RuntimeException {

    private final transient List<Clash> clashes;

    BookingClashException(List<Clash> clashes) {
        super(clashes.size() + " clash(es) with booked interviews");
        this.clashes = List.copyOf(clashes);
    }

    List<Clash> clashes() {
        return clashes;
    }
}
