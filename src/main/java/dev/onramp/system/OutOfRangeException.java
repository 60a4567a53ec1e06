package dev.onramp.system;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A service refused a date or number outside its {@link Range}. The form's controller shows it as a field error
 * ({@link #rejectOn}); one that slips through is a 400, never a 500. The message names the range, not the value.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class OutOfRangeException extends RuntimeException {

    private final String field;
    private final transient Range<?> range;

    OutOfRangeException(String field, Range<?> range) {
        super(field + " outside " + range.min() + ".." + range.max());
        this.field = field;
        this.range = range;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return range.messageKey();
    }

    /** The same field error the form's own check gives, on the field the service named. */
    public void rejectOn(Errors errors) {
        rejectOn(field, errors);
    }

    /** The same field error the form's own check gives, on this field. */
    public void rejectOn(String field, Errors errors) {
        errors.rejectValue(field, range.messageKey(), range.arguments(), null);
    }
}
