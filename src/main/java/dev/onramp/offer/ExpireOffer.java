package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/** {@code Task_ExpireOffer}: the candidate did not answer in time; the offer is marked expired. */
@Component(DecideAndOffer.BEAN_EXPIRE_OFFER)
class ExpireOffer implements JavaDelegate {

    private final Offers offers;

    ExpireOffer(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LongValue offerId = execution.getVariableTyped(DecideAndOffer.VAR_OFFER_ID);
        offers.expire(offerId.getValue());
    }
}
