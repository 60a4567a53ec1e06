package dev.onramp.system;

import org.springframework.validation.Errors;

/**
 * "Between {@code min} and {@code max}, both included", said once for each bound and checked twice: at the form
 * ({@link #check}: a field error whose message gets the bounds as {@code {0}} and {@code {1}}, the input kept) and
 * again in the service ({@link #require}: an {@link OutOfRangeException} the controller turns into the same field
 * error). A bound relative to today is made per request, for example
 * {@code Range.of(today, today.plusYears(2), "offer.startDate.range")}.
 */
public record Range<T extends Comparable<? super T>>(T min, T max, String messageKey) {

    public Range {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    public static <T extends Comparable<? super T>> Range<T> of(T min, T max, String messageKey) {
        return new Range<>(min, max, messageKey);
    }

    public boolean contains(T value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** Rejects {@code field} unless {@code value} is inside; answers whether it is. */
    public boolean check(String field, T value, Errors errors) {
        if (contains(value)) {
            return true;
        }
        errors.rejectValue(field, messageKey, arguments(), null);
        return false;
    }

    /**
     * The service's check: {@code value} when it is inside, else an {@link OutOfRangeException} for {@code field}
     * (the form field the value came from).
     */
    public T require(String field, T value) {
        if (!contains(value)) {
            throw new OutOfRangeException(field, this);
        }
        return value;
    }

    Object[] arguments() {
        return new Object[] {String.valueOf(min), String.valueOf(max)};
    }
}
