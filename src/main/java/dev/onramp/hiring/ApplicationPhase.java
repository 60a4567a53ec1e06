package dev.onramp.hiring;

import java.util.Locale;

/**
 * Where an application is now, from what its process steps record in their own transaction
 * ({@link ApplicationPhases}, the same record as the pipeline board's lanes): in
 * screening, in one of its loop's stages (by the name the loop gave it), between two stages, in the decision and
 * offer, wrapping up (hand-off), or ended (its status says how).
 *
 * @param stageName the running stage's name ({@link Kind#STAGE}; several running at once are joined), else null
 */
public record ApplicationPhase(Kind kind, String stageName) {

    public enum Kind {
        SCREENING, STAGE, BETWEEN_STAGES, DECISION, WRAPPING_UP, ENDED;

        public String messageKey() {
            return "application.phase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final ApplicationPhase SCREENING = new ApplicationPhase(Kind.SCREENING, null);
    static final ApplicationPhase ENDED = new ApplicationPhase(Kind.ENDED, null);

    /** The phase's message key; its argument is {@link #stageName()}. */
    public String messageKey() {
        return kind.messageKey();
    }
}
