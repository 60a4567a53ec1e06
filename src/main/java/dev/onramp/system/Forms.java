package dev.onramp.system;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** What every form handler may need to know about a posted form beyond its field errors. */
public final class Forms {

    private Forms() {
    }

    /**
     * Whether a value of a record form did not convert (a type mismatch: "abc" for a number or a date). Spring then
     * keeps the field error and what was typed, but leaves the result without a target, so no further check can
     * reject a value on it: the handler shows the form as it is, with that error.
     */
    public static boolean notConverted(BindingResult result) {
        return result.hasErrors() && result.getTarget() == null;
    }

    /**
     * Dates of a form read and shown as ISO ({@code 2026-03-02}), also when the form is shown again without a
     * target ({@link #notConverted}), where Spring would otherwise show a typed {@code 2043-05-11} as {@code 5/11/43}.
     */
    public static void isoDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not an ISO date", e);
                }
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
