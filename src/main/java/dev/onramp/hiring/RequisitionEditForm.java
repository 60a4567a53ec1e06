package dev.onramp.hiring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An edit of a requisition: what may change (not its team), and the {@code version} the page was loaded at, so that
 * an edit made after someone else saved is refused instead of overwriting theirs.
 */
record RequisitionEditForm(
        @NotBlank(message = "{requisition.title.required}")
        @Size(max = 200, message = "{hiring.tooLong}")
        String title,
        @NotNull(message = "{requisition.edit.hiringManager.required}")
        Long hiringManagerId,
        @NotBlank(message = "{requisition.locationPolicy.required}")
        @Size(max = 100, message = "{hiring.tooLong}")
        String locationPolicy,
        @NotNull(message = "{requisition.openings.required}")
        @Min(value = RequisitionForm.MIN_OPENINGS, message = "{requisition.openings.range}")
        @Max(value = RequisitionForm.MAX_OPENINGS, message = "{requisition.openings.range}")
        Integer openings,
        @Size(max = 4000, message = "{hiring.tooLong}")
        String description,
        @NotNull(message = "{requisition.edit.reload}")
        Integer version) {

    static RequisitionEditForm of(Requisition r, int version) {
        return new RequisitionEditForm(r.title(), r.hiringManagerId(), r.locationPolicy(), r.openings(),
                r.description(), version);
    }

    /** The form as saved: text stripped, no description an empty one. */
    RequisitionEditForm normalised() {
        return new RequisitionEditForm(title.strip(), hiringManagerId, locationPolicy.strip(), openings,
                description == null ? "" : description.strip(), version);
    }
}
