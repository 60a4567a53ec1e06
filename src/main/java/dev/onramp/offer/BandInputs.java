package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import org.springframework.stereotype.Component;

/**
 * The inputs of {@link CompensationBand} for the business rule task {@link DecideAndOffer#TASK_CHECK_BAND},
 * resolved from the offer id by its input parameters ({@code ${bandInputs.currency(offerId)}} …), local to the
 * task; the team comes from the process.
 */
@Component(DecideAndOffer.BEAN_BAND_INPUTS)
public class BandInputs {

    private final OfferRepository offers;

    BandInputs(OfferRepository offers) {
        this.offers = offers;
    }

    /** ISO 4217 code of the offer's compensation. */
    public String currency(long offerId) {
        return offers.get(offerId).currency();
    }

    /** The offer's annual amount, as the table's number (a double, never a serialized object). */
    public double annualAmount(long offerId) {
        return offers.get(offerId).annualAmount().doubleValue();
    }
}
