package dev.onramp.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One offer: the one of its DecideAndOffer instance ({@link #processInstanceId()}), rewritten in place after a
 * send-back. The band is recorded when it is checked ({@link #inBand()} is null before).
 */
public record Offer(long id, long applicationId, String processInstanceId, LocalDate startDate, String workCountry,
                    String timeZone, BigDecimal annualAmount, String currency, String note, OfferStatus status,
                    Boolean inBand, BigDecimal bandMin, BigDecimal bandMax, String approvalComment,
                    String declineReason, long preparedBy, Instant preparedAt, Instant answeredAt) {

    public boolean hasBand() {
        return bandMin != null && bandMax != null;
    }

    /** Above the band's maximum by this much (positive), below its minimum (negative), or zero inside it. */
    public BigDecimal outsideBandBy() {
        if (!hasBand()) {
            return BigDecimal.ZERO;
        }
        if (annualAmount.compareTo(bandMax) > 0) {
            return annualAmount.subtract(bandMax);
        }
        if (annualAmount.compareTo(bandMin) < 0) {
            return annualAmount.subtract(bandMin);
        }
        return BigDecimal.ZERO;
    }

    /** {@link #outsideBandBy()} as a whole percentage of the edge it is outside of, without sign. */
    public int outsideBandPercent() {
        BigDecimal by = outsideBandBy();
        if (by.signum() == 0) {
            return 0;
        }
        BigDecimal edge = by.signum() > 0 ? bandMax : bandMin;
        return by.abs().multiply(BigDecimal.valueOf(100)).divide(edge, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
