package dev.onramp.xschool;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seat that moves after onboarding placed it (the new hire defers, the start date changes). The facts change
 * here, in our tables (the person's start date, the seat), and {@link StartDateChanged} / {@link SeatMoved} tell
 * whoever follows them (onboarding re-plans its model), in the same transaction. When no later cohort has room,
 * {@link NoCohortScheduledException} comes through and the seat is kept.
 */
@Service
class SeatChanges {

    private static final Logger log = LoggerFactory.getLogger(SeatChanges.class);

    private final XSchool xschool;
    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final XSchoolProperties properties;
    private final Clock clock;

    SeatChanges(XSchool xschool, PersonRepository people, ApplicationEventPublisher events,
                XSchoolProperties properties, Clock clock) {
        this.xschool = xschool;
        this.people = people;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The new hire asks for a later week: the next cohort with room after their current one. */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment defer(long personId) {
        Assignment assignment = xschool.defer(personId);
        moved(personId, assignment);
        return assignment;
    }

    /**
     * A new start date: saved on the person (and followed by their onboarding) even when no cohort fits it (then
     * the seat is kept and the coordinators are told), and the seat re-evaluated against it.
     */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment changeStartDate(long personId, LocalDate startDate) {
        Person person = people.get(personId);
        properties.startDates(LocalDate.now(clock.withZone(person.timeZone()))).require("startDate", startDate);
        LocalDate previous = person.startedOn();
        people.setStartedOn(personId, startDate);
        events.publishEvent(new StartDateChanged(personId, previous));
        Assignment assignment = xschool.reevaluate(personId, startDate);
        moved(personId, assignment);
        return assignment;
    }

    private void moved(long personId, Assignment assignment) {
        log.info("X-School seat of person {} is on cohort {}", personId, assignment.cohortId());
        events.publishEvent(new SeatMoved(personId));
    }
}
