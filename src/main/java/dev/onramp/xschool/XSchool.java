package dev.onramp.xschool;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.Notifications;
import dev.onramp.xschool.SeatRepository.Seat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X-School seats for new hires: the first cohort starting at least {@code leadWeeks} after the start
 * date that still has a seat, otherwise the next one ("catch the next train").
 *
 * <p>A seat is taken with one conditional UPDATE on the cohort row and the person's seat row is
 * written in the same transaction, so several nodes assigning at once never overfill a cohort. A move
 * takes the new seat before it releases the old one: when no cohort has room, nothing has changed,
 * the person keeps their seat, the coordinators are notified and {@link NoCohortScheduledException}
 * is thrown. Calling {@link #assign} again for someone with a seat re-evaluates it (safe to retry).
 *
 * <p>Locks come in one order: the person's seat row ({@code FOR UPDATE}, one change per person at a
 * time), then the new cohort's row, then the old one's, which always starts earlier. A transaction
 * still looking for a seat holds no cohort row, so concurrent moves cannot deadlock each other. Every roster
 * change lets the cohorts' {@link Agenda} follow, under the cohort row locks already held.
 */
@Service
public class XSchool {

    static final String COHORTS_LINK = "/xschool";

    private final CohortRepository cohorts;
    private final SeatRepository seats;
    private final PersonRepository people;
    private final Notifications notifications;
    private final Agenda agenda;
    private final XSchoolProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    XSchool(CohortRepository cohorts, SeatRepository seats, PersonRepository people, Notifications notifications,
            Agenda agenda, XSchoolProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.cohorts = cohorts;
        this.seats = seats;
        this.people = people;
        this.notifications = notifications;
        this.agenda = agenda;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A seat on the first cohort with room that starts at least the lead time after {@code startDate}. */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment assign(long personId, LocalDate startDate) {
        Person person = people.get(personId);
        Optional<Seat> seat = seats.lock(personId);
        if (seat.isPresent()) {
            return keepOrMove(person, seat.get(), startDate);
        }
        LocalDate earliest = earliestFor(startDate);
        Cohort cohort = takeFirstFrom(earliest).orElseThrow(() -> noCohort(person, earliest));
        seats.insert(personId, cohort.id(), clock.instant());
        agenda.follow(cohort.id());
        return assignment(person, cohort);
    }

    /** Moves the person to the next cohort after their current one that has room. */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment defer(long personId) {
        Person person = people.get(personId);
        Seat seat = seats.lock(personId).orElseThrow(() -> new NotFoundException("X-School seat of person", personId));
        LocalDate earliest = cohorts.get(seat.cohortId()).startsOn().plusDays(1);
        Cohort next = takeFirstFrom(earliest).orElseThrow(() -> noCohort(person, earliest));
        return moveTo(person, seat, next);
    }

    /** After a changed start date: keeps the current cohort if it still leaves the lead time, else moves. */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment reevaluate(long personId, LocalDate newStartDate) {
        Person person = people.get(personId);
        Optional<Seat> seat = seats.lock(personId);
        if (seat.isEmpty()) {
            return assign(personId, newStartDate);
        }
        return keepOrMove(person, seat.get(), newStartDate);
    }

    /** The new hire confirms they will attend their cohort. */
    @Transactional
    public Assignment confirm(long personId) {
        Person person = people.get(personId);
        Seat seat = seats.lock(personId).orElseThrow(() -> new NotFoundException("X-School seat of person", personId));
        seats.setStatus(personId, SeatStatus.CONFIRMED);
        return assignment(person, cohorts.get(seat.cohortId()));
    }

    /** Gives the seat back (for example, the hire fell through); nothing happens without a seat. */
    @Transactional
    public void release(long personId) {
        seats.lock(personId).ifPresent(seat -> {
            seats.delete(personId);
            cohorts.releaseSeat(seat.cohortId());
            agenda.follow(seat.cohortId());
        });
    }

    @Transactional(readOnly = true)
    public Optional<Assignment> current(long personId) {
        return seats.find(personId).map(seat -> assignment(people.get(personId), cohorts.get(seat.cohortId())));
    }

    @Transactional(readOnly = true)
    public Optional<SeatStatus> status(long personId) {
        return seats.find(personId).map(Seat::status);
    }

    /** Everyone on a cohort, by name; an unknown cohort is a {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long cohortId) {
        cohorts.get(cohortId);
        return seats.roster(cohortId);
    }

    private Assignment keepOrMove(Person person, Seat seat, LocalDate startDate) {
        LocalDate earliest = earliestFor(startDate);
        Cohort current = cohorts.get(seat.cohortId());
        if (!current.startsOn().isBefore(earliest)) {
            return assignment(person, current);
        }
        Cohort next = takeFirstFrom(earliest).orElseThrow(() -> noCohort(person, earliest));
        return moveTo(person, seat, next);
    }

    /** The new seat is already taken; the old one is given back in the same transaction. */
    private Assignment moveTo(Person person, Seat seat, Cohort next) {
        seats.move(person.id(), next.id(), clock.instant());
        cohorts.releaseSeat(seat.cohortId());
        agenda.follow(next.id());
        agenda.follow(seat.cohortId());
        return assignment(person, next);
    }

    /** Tries each cohort with room in date order; a cohort filled since the read answers 0 rows: next train. */
    private Optional<Cohort> takeFirstFrom(LocalDate earliest) {
        for (Cohort cohort : cohorts.findWithRoomFrom(earliest)) {
            if (cohorts.takeSeat(cohort.id())) {
                return Optional.of(cohort);
            }
        }
        return Optional.empty();
    }

    /** The lead time after the start date, and never a cohort that has already started. */
    private LocalDate earliestFor(LocalDate startDate) {
        LocalDate byLeadTime = startDate.plusWeeks(properties.leadWeeks());
        LocalDate today = LocalDate.now(clock);
        return byLeadTime.isBefore(today) ? today : byLeadTime;
    }

    private Assignment assignment(Person person, Cohort cohort) {
        boolean needsVisa = properties.needsVisa(person.country());
        LocalDate start = cohort.startsOn();
        return new Assignment(cohort.id(), start, needsVisa, start.minusDays(properties.travelTaskDaysBefore()),
                needsVisa ? start.minusDays(properties.visaTaskDaysBefore()) : null);
    }

    /** Tells every coordinator in a transaction of its own, so the message survives the caller's rollback. */
    private NoCohortScheduledException noCohort(Person person, LocalDate earliest) {
        List<Long> coordinators = people.findByRole(Role.COORDINATOR).stream().map(Person::id).toList();
        ownTransaction.executeWithoutResult(status ->
                notifications.notify(coordinators, "notification.xschool.noCohort", COHORTS_LINK, person.displayName(), earliest));
        return new NoCohortScheduledException(person.id(), earliest);
    }
}
