package dev.onramp.decision;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The team voting rule, {@code processes/decision/vote-rule.dmn}: how a panel's +1 / 0 / -1 votes become
 * hire, no hire or a debrief. The table holds the rule (defaults and per-team rows); this class holds its
 * key and variable names, so no string from the DMN is repeated elsewhere in Java. The process evaluates it in the
 * business rule task {@link DecideAndOffer#TASK_APPLY_VOTING_RULE}, whose input parameters are named as the inputs
 * here and filled by {@link VoteInputs}.
 */
public final class VoteRule {

    public static final String KEY = "VoteRule";
    public static final String RESOURCE = "processes/decision/vote-rule.dmn";

    public static final String INPUT_TEAM = "team";
    public static final String INPUT_PLUS_ONES = "plusOnes";
    public static final String INPUT_ZEROS = "zeros";
    public static final String INPUT_MINUS_ONES = "minusOnes";
    /** Total votes cast, the sum of the three counts; the majority rule compares the -1 votes with it. */
    public static final String INPUT_VOTES = "votes";

    public static final String OUTPUT_OUTCOME = "outcome";
    public static final String OUTPUT_RULE = "rule";

    public enum Outcome { HIRE, NO_HIRE, DEBRIEF }

    /** @param rule the stable name of the row that decided, such as {@code veto} or {@code default-hire} */
    public record VoteOutcome(Outcome outcome, String rule) {
    }

    private VoteRule() {
    }

    /** Evaluates the deployed rule for one team's votes; zeros count as votes cast. */
    public static VoteOutcome evaluate(DecisionService decisionService, String team,
                                       int plusOnes, int zeros, int minusOnes) {
        if (plusOnes < 0 || zeros < 0 || minusOnes < 0) {
            throw new IllegalArgumentException("Vote counts cannot be negative: +1=%d 0=%d -1=%d"
                    .formatted(plusOnes, zeros, minusOnes));
        }
        VariableMap inputs = Variables.createVariables()
                .putValue(INPUT_TEAM, team)
                .putValue(INPUT_PLUS_ONES, plusOnes)
                .putValue(INPUT_ZEROS, zeros)
                .putValue(INPUT_MINUS_ONES, minusOnes)
                .putValue(INPUT_VOTES, plusOnes + zeros + minusOnes);
        return outcomeOf(decisionService.evaluateDecisionTableByKey(KEY, inputs).getSingleResult());
    }

    /** The outcome of one evaluation: the single matched row's entries (null when no row matched). */
    static VoteOutcome outcomeOf(Map<String, Object> row) {
        Objects.requireNonNull(row, () -> KEY + " matched no row; its last row must match everything");
        return new VoteOutcome(Outcome.valueOf((String) row.get(OUTPUT_OUTCOME)), (String) row.get(OUTPUT_RULE));
    }
}
