package dev.onramp.loop;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a team's loop, as its call activity declares it: {@code key} and {@code name} are what the
 * stage is called with ({@code stageKey}, {@code stageName}), the rest is its scorecard. {@code focus} holds
 * kebab-case slugs from {@link TeamLoop#FOCUS_ATTRIBUTES}, each with a message key {@link #focusMessageKey}.
 * {@code order} counts from 1 along the flow; stages held in parallel get consecutive numbers.
 */
public record Stage(String key, String name, Kind kind, List<String> focus, String notes, int durationMinutes,
                    int panelSize, int order) {

    /** How the stage is held; the name is the value of the {@value TeamLoop#PROPERTY_KIND} property. */
    public enum Kind {
        LIVE, TAKE_HOME;

        public String messageKey() {
            return "interview.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Stage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        focus = List.copyOf(focus);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public static String focusMessageKey(String slug) {
        return "focus." + slug;
    }
}
