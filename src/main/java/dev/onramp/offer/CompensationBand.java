package dev.onramp.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The compensation bands, {@code processes/offer/compensation-band.dmn}: whether an offer's annual amount lies
 * inside the band for its team and currency (edges included). Offers outside the band need approval. The table
 * holds the bands; this class holds its key and variable names, so no string from the DMN is repeated in Java.
 * The process evaluates it in the business rule task {@code Task_CheckBand}, whose input parameters are named as
 * the inputs here and filled by {@link BandInputs}.
 */
public final class CompensationBand {

    public static final String KEY = "CompensationBand";
    public static final String RESOURCE = "processes/offer/compensation-band.dmn";

    public static final String INPUT_TEAM = "team";
    /** ISO 4217 code, such as {@code EUR}; the offer form validates it, the table has no band for unknown codes. */
    public static final String INPUT_CURRENCY = "currency";
    public static final String INPUT_ANNUAL_AMOUNT = "annualAmount";

    /** The currencies the table has a band for, in the order an offer form lists them; others have no band. */
    public static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CAD", "AUD", "INR", "BRL", "JPY");

    public static final String OUTPUT_IN_BAND = "inBand";
    public static final String OUTPUT_BAND_MIN = "bandMin";
    public static final String OUTPUT_BAND_MAX = "bandMax";

    /** @param min the band's minimum, or {@code null} when the currency has no band (then also {@code max}) */
    public record BandCheck(boolean inBand, BigDecimal min, BigDecimal max) {

        public boolean hasBand() {
            return min != null && max != null;
        }
    }

    private CompensationBand() {
    }

    public static BandCheck check(DecisionService decisionService, String team, String currency,
                                  BigDecimal annualAmount) {
        Objects.requireNonNull(annualAmount, "annualAmount");
        VariableMap inputs = Variables.createVariables()
                .putValue(INPUT_TEAM, team)
                .putValue(INPUT_CURRENCY, currency)
                .putValue(INPUT_ANNUAL_AMOUNT, annualAmount);
        return bandOf(decisionService.evaluateDecisionTableByKey(KEY, inputs).getSingleResult());
    }

    /** The band of one evaluation: the single matched row's entries (null when no row matched). */
    static BandCheck bandOf(Map<String, Object> row) {
        Objects.requireNonNull(row, () -> KEY + " matched no row; its last row must match everything");
        return new BandCheck(Boolean.TRUE.equals(row.get(OUTPUT_IN_BAND)), amount((Number) row.get(OUTPUT_BAND_MIN)),
                amount((Number) row.get(OUTPUT_BAND_MAX)));
    }

    private static BigDecimal amount(Number value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
