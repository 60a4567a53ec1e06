package dev.onramp.hiring;

import dev.onramp.people.WorkingHours;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Service-level dates for the processes ({@code ${slaDates.workingDaysFromNow(3)}}, or a task's configured
 * {@link #due(String)} and {@link #escalation(String)}): working days are Monday to Friday, counted from the engine's
 * clock, keeping the time of day.
 *
 * <p>Days are counted in {@linkplain #ZONE UTC}. Our recruiters work from many zones (Madrid, São Paulo, …) and
 * screen together through one group task, so there is no single "recruiters' zone" to pick; UTC gives the same
 * due date on every node and in every test, whatever the server's default zone, and a UTC weekend is never more
 * than half a day away from a local one. Holidays are not known here (there is no calendar of them yet).
 */
@Component(HiringProcess.BEAN_SLA_DATES)
public class SlaDates {

    /** The zone in which a day is a working day or a weekend day. */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    private final Clock clock;
    private final SlaProperties deadlines;

    public SlaDates(Clock clock, SlaProperties deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * When a task opened now is due: its configured working days from now ({@code ${slaDates.due('debrief')}},
     * by the names in {@link SlaProperties}); the reminder fires then.
     */
    public Date due(String task) {
        return workingDaysFromNow(deadlines.deadline(task).getDue());
    }

    /** When someone else hears of a task opened now that is still open ({@code ${slaDates.escalation('debrief')}}). */
    public Date escalation(String task) {
        return workingDaysFromNow(deadlines.deadline(task).getEscalation());
    }

    /** Now plus {@code days} working days (Monday–Friday in UTC), same time of day; 0 is now. */
    public Date workingDaysFromNow(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZONE);
        return Date.from(now.with(WorkingHours.plusWorkingDays(now.toLocalDate(), days)).toInstant());
    }
}
