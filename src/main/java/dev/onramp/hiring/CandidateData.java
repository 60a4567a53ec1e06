package dev.onramp.hiring;

/**
 * One feature's part of what Onramp holds about an application's candidate (their application, interviews, the
 * feedback about them, decisions, offer, onboarding): each feature that keeps such data implements this, so an
 * export and an erasure reach every feature without hiring knowing them (higher modules implement a hiring
 * interface; hiring imports none of them).
 */
public interface CandidateData {

    /** The part's name in the export, such as {@code interviews}; unique among the parts. */
    String part();

    /**
     * What this feature holds about the application's candidate, ready to be written as JSON (records, lists,
     * maps, strings, numbers, instants); an empty list or map when it holds nothing.
     */
    Object export(long applicationId);

    /**
     * Removes the candidate's personal data and every free text about them from this feature's tables, keeping
     * what reports count (statuses, stages, dates, votes, ratings, amounts). Runs in the caller's transaction; doing
     * it twice changes nothing more.
     */
    void anonymise(long applicationId);
}
