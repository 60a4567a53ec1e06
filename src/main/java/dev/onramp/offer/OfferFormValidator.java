package dev.onramp.offer;

import dev.onramp.system.Countries;
import dev.onramp.system.TimeZones;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What an offer must be beyond "filled in": a start date that is a date from today to two years on (where the new
 * hire works), a known country and zone, a positive amount of at most a billion with at most two decimals, a
 * currency with a band.
 */
@Component
class OfferFormValidator implements Validator {

    /** DECIMAL(14,2) */
    private static final int MAX_INTEGER_DIGITS = 12;

    private final TimeZones timeZones;
    private final Clock clock;

    OfferFormValidator(TimeZones timeZones, Clock clock) {
        this.timeZones = timeZones;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return OfferForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        OfferForm form = (OfferForm) target;
        Optional<ZoneId> zone = filled(form.timeZone()) ? timeZones.parse(form.timeZone()) : Optional.empty();
        if (filled(form.timeZone()) && zone.isEmpty()) {
            errors.rejectValue("timeZone", "offer.timeZone.unknown");
        }
        if (filled(form.startDate())) {
            Optional<LocalDate> start = form.parsedStartDate();
            if (start.isEmpty()) {
                errors.rejectValue("startDate", "offer.startDate.notADate");
            } else {
                LocalDate today = LocalDate.now(clock.withZone(zone.orElse(ZoneOffset.UTC)));
                if (start.get().isBefore(today)) {
                    errors.rejectValue("startDate", "offer.startDate.past");
                } else {
                    OfferDetails.startDates(today).check("startDate", start.get(), errors);
                }
            }
        }
        if (filled(form.workCountry()) && !Countries.isKnown(form.workCountry().strip())) {
            errors.rejectValue("workCountry", "offer.workCountry.unknown");
        }
        if (filled(form.annualAmount())) {
            Optional<BigDecimal> amount = form.parsedAnnualAmount();
            if (amount.isEmpty()) {
                errors.rejectValue("annualAmount", "offer.annualAmount.notANumber");
            } else if (amount.get().signum() <= 0) {
                errors.rejectValue("annualAmount", "offer.annualAmount.positive");
            } else if (amount.get().scale() > 2 || amount.get().precision() - amount.get().scale() > MAX_INTEGER_DIGITS) {
                errors.rejectValue("annualAmount", "offer.annualAmount.format");
            } else {
                OfferDetails.ANNUAL_AMOUNT.check("annualAmount", amount.get(), errors);
            }
        }
        if (filled(form.currency()) && !CompensationBand.CURRENCIES.contains(form.currency().strip())) {
            errors.rejectValue("currency", "offer.currency.unknown");
        }
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
