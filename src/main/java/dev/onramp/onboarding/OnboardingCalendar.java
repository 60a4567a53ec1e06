package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import dev.onramp.xschool.SeatMoved;
import dev.onramp.xschool.StartDateChanged;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A new hire's calendar follows the facts X-School changes, in the same transaction. A new start date moves the
 * open checklist items (our data: they keep their distance in working days from the start date) and tells the
 * running {@link OnboardingProcess} ({@link OnboardingProcess#MESSAGE_START_DATE_CHANGED}); a moved seat tells it
 * {@link OnboardingProcess#MESSAGE_SEAT_MOVED}. The model re-plans its waiting timers and open tasks by reading the
 * dates again; done items and tasks keep their history.
 */
@Service
class OnboardingCalendar {

    private static final Logger log = LoggerFactory.getLogger(OnboardingCalendar.class);

    private final PersonRepository people;
    private final ChecklistRepository checklist;
    private final RuntimeService runtime;

    OnboardingCalendar(PersonRepository people, ChecklistRepository checklist, RuntimeService runtime) {
        this.people = people;
        this.checklist = checklist;
        this.runtime = runtime;
    }

    @EventListener
    void on(StartDateChanged event) {
        Person hire = people.get(event.personId());
        for (ChecklistItem item : checklist.items(hire.id())) {
            if (!item.done()) {
                LocalDate day = item.dueAt().atZone(hire.timeZone()).toLocalDate();
                int offset = WorkingHours.workingDaysBetween(event.previous(), day);
                checklist.moveDue(item.id(), OnboardingDates.itemDue(hire.workingHours(), hire.startedOn(), offset));
            }
        }
        tell(hire.id(), OnboardingProcess.MESSAGE_START_DATE_CHANGED);
    }

    @EventListener
    void on(SeatMoved event) {
        tell(event.personId(), OnboardingProcess.MESSAGE_SEAT_MOVED);
    }

    /** Correlates to every part of the running onboarding that waits on dates; nothing waiting, nothing to do. */
    private void tell(long newHireId, String message) {
        OnboardingProcess.running(runtime, newHireId).ifPresent(pi -> {
            int replanned = runtime.createMessageCorrelation(message).processInstanceId(pi.getId())
                    .correlateAllWithResult().size();
            log.info("Onboarding {} of person {}: {} re-planned {} waiting part(s)", pi.getId(), newHireId, message,
                    replanned);
        });
    }
}
