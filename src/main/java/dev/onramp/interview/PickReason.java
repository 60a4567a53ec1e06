package dev.onramp.interview;

/** Why someone was proposed: their average daily overlap with the candidate and this week's bookings. */
public record PickReason(double overlapHours, int bookedThisWeek) {

    public boolean goodOverlap() {
        return overlapHours >= InterviewerPicker.GOOD_OVERLAP_HOURS;
    }
}
