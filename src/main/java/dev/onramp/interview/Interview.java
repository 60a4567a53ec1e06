package dev.onramp.interview;

import dev.onramp.loop.Stage;
import java.time.Instant;
import java.util.Locale;

/**
 * One interview of an application's loop: a live interview ({@code startsAt}–{@code endsAt}) or a take-home
 * (sent at {@code startsAt}, due at {@code endsAt}). {@code stageProcessInstanceId} is the stage process
 * ({@link InterviewStage} or {@link TakeHomeStage}) it belongs to; {@code loopProcessDefinitionId} the loop
 * version whose scorecard applies. Its panel is in {@link InterviewRepository#panel(long)}. {@code venue} is where it
 * takes place (a room, a video link, both or neither); {@code inviteSequence} the calendar invite's SEQUENCE, raised on
 * every change the panel and the candidate are sent.
 */
public record Interview(long id, long applicationId, String stageKey, String stageName, Stage.Kind kind,
                        String stageProcessInstanceId, String loopProcessDefinitionId, Instant startsAt,
                        Instant endsAt, Status status, long scheduledBy, Instant scheduledAt, Venue venue,
                        int inviteSequence) {

    public enum Status {
        /** booked; still SCHEDULED while its feedback is collected */
        SCHEDULED, DONE, CANCELLED,
        /** the candidate or an interviewer did not come */
        NO_SHOW;

        public String messageKey() {
            return "interview.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isTakeHome() {
        return kind == Stage.Kind.TAKE_HOME;
    }
}
