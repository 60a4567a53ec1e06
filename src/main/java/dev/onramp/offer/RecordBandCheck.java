package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/**
 * Ends {@link DecideAndOffer#TASK_CHECK_BAND} (an execution listener, in the engine's transaction): the band that
 * {@link CompensationBand} found is recorded on the offer, which is approved inside it and waits for approval
 * outside it.
 */
@Component(DecideAndOffer.BEAN_RECORD_BAND_CHECK)
class RecordBandCheck implements ExecutionListener {

    private final Offers offers;

    RecordBandCheck(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LongValue offerId = execution.getVariableTyped(DecideAndOffer.VAR_OFFER_ID);
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DecideAndOffer.VAR_DECISION_RESULT);
        Map<String, Object> row = result == null ? null : result.getSingleResult();
        offers.recordBand(offerId.getValue(), CompensationBand.bandOf(row));
    }
}
