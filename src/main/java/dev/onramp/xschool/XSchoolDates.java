package dev.onramp.xschool;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The X-School dates a process reads from the person's seat ({@code ${xschoolDates.travelDue(newHireId)}}): the
 * travel and visa tasks fall due at 09:00 in the cohort's zone on the days {@link XSchool} gives for the seat.
 * Read again whenever a task is (re-)created, so a moved seat is followed by the model, not by code.
 */
@Component(XSchoolDates.BEAN)
public class XSchoolDates {

    /** The bean name the processes use. */
    public static final String BEAN = "xschoolDates";
    static final LocalTime DUE_AT = LocalTime.of(9, 0);

    private final XSchool xschool;
    private final CohortRepository cohorts;

    XSchoolDates(XSchool xschool, CohortRepository cohorts) {
        this.xschool = xschool;
        this.cohorts = cohorts;
    }

    /** When the coordinator's travel booking is due for the person's current seat. */
    public Date travelDue(Long personId) {
        Assignment a = seat(personId);
        return due(a.travelTaskDue(), cohorts.get(a.cohortId()));
    }

    /** When the visa letter is due for the person's current seat; null when they need no visa. */
    public Date visaDue(Long personId) {
        Assignment a = seat(personId);
        return a.visaTaskDue() == null ? null : due(a.visaTaskDue(), cohorts.get(a.cohortId()));
    }

    private Assignment seat(long personId) {
        return xschool.current(personId)
                .orElseThrow(() -> new IllegalStateException("person " + personId + " has no X-School seat"));
    }

    private static Date due(LocalDate day, Cohort cohort) {
        return Date.from(ZonedDateTime.of(day, DUE_AT, cohort.timeZone()).toInstant());
    }
}
