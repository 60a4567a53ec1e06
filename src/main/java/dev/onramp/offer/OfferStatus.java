package dev.onramp.offer;

/** Where an offer is: written, with the hiring manager, cleared to go to the candidate, answered or expired. */
public enum OfferStatus {
    /** written by the recruiter, band not checked yet */
    DRAFT,
    /** outside the band: waiting for the hiring manager */
    AWAITING_APPROVAL,
    /** the hiring manager sent it back with a comment; the recruiter rewrites it */
    SENT_BACK,
    /** cleared to go to the candidate: inside the band, or approved by the hiring manager */
    APPROVED,
    ACCEPTED,
    DECLINED,
    /** no answer within {@code DecideAndOffer.OFFER_VALID_FOR} */
    EXPIRED
}
