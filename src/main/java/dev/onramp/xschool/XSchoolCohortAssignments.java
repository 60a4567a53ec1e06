package dev.onramp.xschool;

import dev.onramp.onboarding.CohortAssignments;
import dev.onramp.onboarding.CohortPlacement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Onboarding's seat request, answered by {@link XSchool#assign}: the first cohort with room at least the
 * lead time after the start date. Travel and visa tasks fall due at 09:00 in the cohort's zone. When no
 * cohort is scheduled the coordinators are told and the request fails (the job retries, then shows as an
 * incident in Cockpit until a cohort exists).
 */
@Component
class XSchoolCohortAssignments implements CohortAssignments {

    private static final LocalTime DUE_AT = LocalTime.of(9, 0);

    private final XSchool xschool;
    private final CohortRepository cohorts;

    XSchoolCohortAssignments(XSchool xschool, CohortRepository cohorts) {
        this.xschool = xschool;
        this.cohorts = cohorts;
    }

    @Override
    public CohortPlacement place(long personId, LocalDate startDate) {
        Assignment a = xschool.assign(personId, startDate);
        return placement(a, cohorts.get(a.cohortId()));
    }

    /** An assignment as onboarding's process carries it: the task due dates at 09:00 in the cohort's zone. */
    static CohortPlacement placement(Assignment a, Cohort cohort) {
        return new CohortPlacement(a.cohortId(), a.cohortStart(), a.needsVisa(), due(a.travelTaskDue(), cohort),
                a.visaTaskDue() == null ? null : due(a.visaTaskDue(), cohort));
    }

    private static Date due(LocalDate day, Cohort cohort) {
        return Date.from(ZonedDateTime.of(day, DUE_AT, cohort.timeZone()).toInstant());
    }
}
