package dev.onramp.xschool;

import java.time.LocalDate;

/**
 * No cohort with a free seat starts on or after {@link #earliest()}: the coordinators have been told
 * to add one (or raise a capacity), and nothing about the person's seat has changed.
 */
public class NoCohortScheduledException extends RuntimeException {

    private final long personId;
    private final LocalDate earliest;

    public NoCohortScheduledException(long personId, LocalDate earliest) {
        super("no X-School cohort with a free seat starts on or after " + earliest + " (person " + personId + ")");
        this.personId = personId;
        this.earliest = earliest;
    }

    public long personId() {
        return personId;
    }

    public LocalDate earliest() {
        return earliest;
    }
}
