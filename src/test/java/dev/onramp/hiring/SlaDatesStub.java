package dev.onramp.hiring;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the {@code slaDates} bean: in tests a working day is a calendar day from the engine's clock
 * (the real bean skips weekends and holidays; that is its own unit's business).
 */
public final class SlaDatesStub {

    public Date workingDaysFromNow(int days) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }
}
