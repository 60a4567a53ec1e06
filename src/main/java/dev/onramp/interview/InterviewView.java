package dev.onramp.interview;

import dev.onramp.loop.Stage;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An interview as the application page shows it, times in the viewer's zone ({@code startsAt.getZone()}).
 * For a take-home {@code startsAt} is when it was sent and {@code endsAt} when it is due;
 * {@code awaitingTakeHome} when the stage is waiting for the candidate's work.
 */
public record InterviewView(long id, String stageName, Stage.Kind kind, ZonedDateTime startsAt,
                            ZonedDateTime endsAt, List<String> panel, Interview.Status status,
                            boolean awaitingTakeHome) {

    public InterviewView {
        panel = List.copyOf(panel);
    }

    public boolean isTakeHome() {
        return kind == Stage.Kind.TAKE_HOME;
    }
}
