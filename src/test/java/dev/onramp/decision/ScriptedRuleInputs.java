package dev.onramp.decision;

import dev.onramp.decision.VoteRule.Outcome;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the beans that resolve the inputs of the business rule tasks in process tests: each evaluation takes
 * the next scripted outcome and answers inputs for which the real, deployed table decides just that (for the Beats
 * team). The engine evaluates a task's input parameters in their order in the diagram, so the first one of each
 * evaluation ({@code plusOnes}, {@code currency}) moves on to the next script.
 */
public final class ScriptedRuleInputs {

    private ScriptedRuleInputs() {
    }

    /** {@code voteInputs}: counts that the Beats rows of VoteRule turn into the scripted outcome. */
    public static final class Votes {

        private static final Map<Outcome, List<Integer>> COUNTS = Map.of(
                Outcome.HIRE, List.of(3, 0, 0),       // default-hire
                Outcome.NO_HIRE, List.of(0, 0, 3),    // majority of -1
                Outcome.DEBRIEF, List.of(3, 0, 1));   // veto

        private final Deque<Outcome> script = new ArrayDeque<>();
        private List<Integer> current = List.of(0, 0, 0);
        private int evaluations;

        static Votes register() {
            Votes votes = new Votes();
            Mocks.register(DecideAndOffer.BEAN_VOTE_INPUTS, votes);
            return votes;
        }

        Votes answering(String... outcomes) {
            for (String outcome : outcomes) {
                script.add(Outcome.valueOf(outcome));
            }
            return this;
        }

        public int plusOnes(long applicationId) {
            if (script.isEmpty()) {
                throw new AssertionError("no scripted vote outcome left");
            }
            current = COUNTS.get(script.poll());
            evaluations++;
            return current.get(0);
        }

        public int zeros(long applicationId) {
            return current.get(1);
        }

        public int minusOnes(long applicationId) {
            return current.get(2);
        }

        public int votes(long applicationId) {
            return current.stream().mapToInt(Integer::intValue).sum();
        }

        int calls() {
            return evaluations;
        }
    }

    /** {@code bandInputs}: an EUR amount inside (70,000) or outside (150,000) the default band. */
    public static final class Band {

        private final Deque<Boolean> script = new ArrayDeque<>();
        private boolean current;
        private int evaluations;

        static Band register() {
            Band band = new Band();
            Mocks.register(DecideAndOffer.BEAN_BAND_INPUTS, band);
            return band;
        }

        Band answering(Boolean... inBand) {
            script.addAll(List.of(inBand));
            return this;
        }

        public String currency(long offerId) {
            if (script.isEmpty()) {
                throw new AssertionError("no scripted band check left");
            }
            current = script.poll();
            evaluations++;
            return "EUR";
        }

        public double annualAmount(long offerId) {
            return current ? 70_000 : 150_000;
        }

        int calls() {
            return evaluations;
        }
    }
}
