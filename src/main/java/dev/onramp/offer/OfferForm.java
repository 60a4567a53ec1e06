package dev.onramp.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The offer as the recruiter types it. Date and amount stay text until {@link OfferFormValidator} accepts them,
 * so whatever was typed ("abc", "-5") comes back in the field with its error.
 */
record OfferForm(
        @NotBlank(message = "{offer.startDate.required}")
        String startDate,
        @NotBlank(message = "{offer.workCountry.required}")
        String workCountry,
        @NotBlank(message = "{offer.timeZone.required}")
        String timeZone,
        @NotBlank(message = "{offer.annualAmount.required}")
        String annualAmount,
        @NotBlank(message = "{offer.currency.required}")
        String currency,
        @Size(max = 2000, message = "{offer.tooLong}")
        String note) {

    static OfferForm empty() {
        return new OfferForm(null, null, null, null, null, null);
    }

    /** The offer as it was written, to be rewritten after a send-back. */
    static OfferForm of(Offer offer) {
        return new OfferForm(offer.startDate().toString(), offer.workCountry(), offer.timeZone(),
                offer.annualAmount().toPlainString(), offer.currency(), offer.note());
    }

    /** An ISO date (yyyy-MM-dd, as a date input sends it), or empty. */
    Optional<LocalDate> parsedStartDate() {
        try {
            return startDate == null ? Optional.empty() : Optional.of(LocalDate.parse(startDate.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A plain decimal number (no exponent, no grouping), or empty. */
    Optional<BigDecimal> parsedAnnualAmount() {
        if (annualAmount == null || !annualAmount.strip().matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(annualAmount.strip()));
    }

    /** Only after validation: the checked offer. */
    OfferDetails details() {
        return new OfferDetails(parsedStartDate().orElseThrow(), workCountry.strip(), timeZone.strip(),
                parsedAnnualAmount().orElseThrow(), currency.strip(),
                note == null || note.isBlank() ? null : note.strip());
    }
}
