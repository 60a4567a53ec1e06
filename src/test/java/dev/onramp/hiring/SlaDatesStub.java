package dev.onramp.hiring;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the {@code slaDates} bean: in tests a working day is a calendar day from the engine's clock
 * (the real bean skips weekends and holidays; that is its own unit's business).
 */
public final class SlaDatesStub {

    private final SlaProperties deadlines = new SlaProperties();

    public Date workingDaysFromNow(int days) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }

    /** The task's default due date ({@link SlaProperties}), counted as above. */
    public Date due(String task) {
        return workingDaysFromNow(deadlines.deadline(task).getDue());
    }

    public Date escalation(String task) {
        return workingDaysFromNow(deadlines.deadline(task).getEscalation());
    }

    /** The default working days of a task's due date, as configured when no property says otherwise. */
    public static int dueDays(String task) {
        return new SlaProperties().deadline(task).getDue();
    }

    public static int escalationDays(String task) {
        return new SlaProperties().deadline(task).getEscalation();
    }
}
