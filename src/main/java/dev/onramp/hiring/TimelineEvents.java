package dev.onramp.hiring;

import java.time.ZoneId;
import java.util.List;

/**
 * Steps of an application that a higher feature keeps in its own tables rather than in the engine's history (an
 * interview held, rescheduled, cancelled, a no-show): {@link ApplicationTimeline} shows them among the process's
 * steps, by time. Entries use a message key with {@code who} as its argument and may carry a detail text.
 */
public interface TimelineEvents {

    /** The application's entries, times in {@code viewer}'s zone. */
    List<ApplicationTimeline.Entry> entries(long applicationId, ZoneId viewer);
}
