package dev.onramp.hiring;

import dev.onramp.system.Range;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a recruiter or hiring manager types to open a requisition; no hiring manager means the team's. */
record RequisitionForm(
        @NotBlank(message = "{requisition.title.required}")
        @Size(max = 200, message = "{hiring.tooLong}")
        String title,
        @NotNull(message = "{requisition.team.required}")
        Long teamId,
        Long hiringManagerId,
        @NotBlank(message = "{requisition.locationPolicy.required}")
        @Size(max = 100, message = "{hiring.tooLong}")
        String locationPolicy,
        @NotNull(message = "{requisition.openings.required}")
        @Min(value = MIN_OPENINGS, message = "{requisition.openings.range}")
        @Max(value = MAX_OPENINGS, message = "{requisition.openings.range}")
        Integer openings,
        @Size(max = 4000, message = "{hiring.tooLong}")
        String description) {

    static final int MIN_OPENINGS = 1;
    static final int MAX_OPENINGS = 50;
    static final Range<Integer> OPENINGS = Range.of(MIN_OPENINGS, MAX_OPENINGS, "requisition.openings.range");

    static RequisitionForm empty(Long teamId, Long hiringManagerId) {
        return new RequisitionForm(null, teamId, hiringManagerId, null, 1, null);
    }
}
