package dev.onramp.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the recruiter offers, checked: a start date, where and in which zone the new hire works, and the pay. */
record OfferDetails(LocalDate startDate, String workCountry, String timeZone, BigDecimal annualAmount,
                    String currency, String note) {
}
