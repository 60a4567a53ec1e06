package dev.onramp.offer;

import dev.onramp.system.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** What the recruiter offers, checked: a start date, where and in which zone the new hire works, and the pay. */
record OfferDetails(LocalDate startDate, String workCountry, String timeZone, BigDecimal annualAmount,
                    String currency, String note) {

    /** How far ahead an offer may start. */
    static final Period START_WITHIN = Period.ofYears(2);

    /** A year's pay, in any of the currencies (a billion covers a yen or rupee salary; DECIMAL(14,2) holds it). */
    static final Range<BigDecimal> ANNUAL_AMOUNT = Range.of(new BigDecimal("0.01"), new BigDecimal("1000000000"),
            "offer.annualAmount.range");

    /** From today (where the new hire works) to {@link #START_WITHIN} on. */
    static Range<LocalDate> startDates(LocalDate today) {
        return Range.of(today, today.plus(START_WITHIN), "offer.startDate.range");
    }
}
