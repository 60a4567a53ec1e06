package dev.onramp.hiring;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The empty withdraw and reject forms of the application's page. After a field error the page gets the posted
 * form and its errors as flash attributes instead: Spring skips a model attribute method whose attribute is there.
 */
@ControllerAdvice(assignableTypes = ApplicationController.class)
class ApplicationActionForms {

    static final String WITHDRAW = "withdrawForm";
    static final String REJECT = "rejectForm";

    @ModelAttribute(WITHDRAW)
    ReasonForm withdrawForm() {
        return ReasonForm.empty();
    }

    @ModelAttribute(REJECT)
    ReasonForm rejectForm() {
        return ReasonForm.empty();
    }
}
