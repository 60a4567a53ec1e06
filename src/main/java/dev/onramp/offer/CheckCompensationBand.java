package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/** {@code Task_CheckBand}: the offer against its team's band; sets {@link DecideAndOffer#VAR_OFFER_IN_BAND}. */
@Component(DecideAndOffer.BEAN_CHECK_COMPENSATION_BAND)
class CheckCompensationBand implements JavaDelegate {

    private final Offers offers;

    CheckCompensationBand(Offers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LongValue offerId = execution.getVariableTyped(DecideAndOffer.VAR_OFFER_ID);
        StringValue team = execution.getVariableTyped(DecideAndOffer.VAR_TEAM);
        execution.setVariable(DecideAndOffer.VAR_OFFER_IN_BAND, offers.checkBand(offerId.getValue(), team.getValue()));
    }
}
