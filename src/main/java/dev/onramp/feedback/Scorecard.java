package dev.onramp.feedback;

import dev.onramp.feedback.FeedbackVisibility.Access;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An application's feedback as one viewer may see it (see {@link FeedbackVisibility}): one column per feedback
 * (an interviewer on one interview), one row per focus attribute; a cell is null where that feedback has no
 * rating for the attribute. Times are in the viewer's zone.
 */
public record Scorecard(long applicationId, Access access, List<Column> columns, List<Row> rows) {

    public Scorecard {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static Scorecard hidden(long applicationId) {
        return new Scorecard(applicationId, Access.NONE, List.of(), List.of());
    }

    public boolean isVisible() {
        return access != Access.NONE;
    }

    /** The viewer sees only their own feedback until they submit it. */
    public boolean isOwnOnly() {
        return access == Access.OWN;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** One interviewer's feedback on one interview. */
    public record Column(long feedbackId, String interviewer, String stageName, boolean draft, Vote vote,
                         String voteReason, String noteForNext, ZonedDateTime submittedAt) {
    }

    /** One focus attribute (a slug, see {@code Stage.focusMessageKey}) across the columns. */
    public record Row(String attribute, List<Feedback.Score> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}
