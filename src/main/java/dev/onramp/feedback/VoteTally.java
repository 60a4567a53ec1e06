package dev.onramp.feedback;

import java.util.List;

/**
 * The panel's votes on one application, all stages so far, counted from the submitted scorecards: what the team's
 * voting rule and the debrief read (the decision feature depends on feedback, never the other way).
 */
public interface VoteTally {

    Tally tally(long applicationId);

    /**
     * @param vetoReasons the reason each -1 carries, in the order the votes were cast; shown to the hiring manager,
     *                    never stored in a process variable
     */
    record Tally(int plusOnes, int zeros, int minusOnes, List<String> vetoReasons) {

        public Tally {
            if (plusOnes < 0 || zeros < 0 || minusOnes < 0) {
                throw new IllegalArgumentException("vote counts cannot be negative");
            }
            vetoReasons = List.copyOf(vetoReasons);
        }

        public static Tally none() {
            return new Tally(0, 0, 0, List.of());
        }

        public int votes() {
            return plusOnes + zeros + minusOnes;
        }

        /** For the decision record: {@code 3 × +1, 0 × 0, 1 × -1}. */
        public String summary() {
            return "%d \u00d7 +1, %d \u00d7 0, %d \u00d7 -1".formatted(plusOnes, zeros, minusOnes);
        }
    }
}
