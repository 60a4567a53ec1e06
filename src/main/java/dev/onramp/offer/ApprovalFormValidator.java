package dev.onramp.offer;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A send-back says why (the recruiter rewrites the offer from it); an unknown decision is an error. */
@Component
class ApprovalFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return ApprovalForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ApprovalForm form = (ApprovalForm) target;
        if (form.decision() == null || form.decision().isBlank()) {
            return;
        }
        if (!form.approves() && !form.sendsBack()) {
            errors.rejectValue("decision", "offerApproval.decision.required");
        } else if (form.sendsBack() && (form.comment() == null || form.comment().isBlank())) {
            errors.rejectValue("comment", "offerApproval.comment.required");
        }
    }
}
