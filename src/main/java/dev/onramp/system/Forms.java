package dev.onramp.system;

import org.springframework.validation.BindingResult;

/** What every form handler may need to know about a posted form beyond its field errors. */
public final class Forms {

    private Forms() {
    }

    /**
     * Whether a value of a record form did not convert (a type mismatch: "abc" for a number or a date). Spring then
     * keeps the field error and what was typed, but leaves the result without a target, so no further check can
     * reject a value on it: the handler shows the form as it is, with that error. (Its dates are then shown through
     * the conversion service, without their {@code @DateTimeFormat}: {@code spring.mvc.format.date: iso} keeps them
     * as typed.)
     */
    public static boolean notConverted(BindingResult result) {
        return result.hasErrors() && result.getTarget() == null;
    }
}
