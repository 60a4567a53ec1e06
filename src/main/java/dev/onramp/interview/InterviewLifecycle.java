package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.BookingChecks.OutsideHours;
import dev.onramp.interview.InterviewEvent.Kind;
import dev.onramp.interview.InterviewEvent.NoShowOf;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.WorkingHours;
import dev.onramp.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a booked live interview: held (feedback opens now), rescheduled, cancelled, no-show. Each changes
 * our tables (the interview, its {@link InterviewEvent}), publishes what the calendar invites need, and tells the
 * stage process with a message ({@link InterviewStage}): the model decides what follows, Java never moves its timers.
 * All or nothing: a process that no longer waits for the message rolls the change back.
 * <p>
 * Changes carry the invite SEQUENCE the person saw: a stale or doubled submit is refused with
 * {@code interview.changed} instead of moving the interview twice.
 */
@Service
public class InterviewLifecycle {

    public static final int MAX_REASON = 500;

    private static final Logger log = LoggerFactory.getLogger(InterviewLifecycle.class);

    private final InterviewRepository interviews;
    private final RuntimeService runtime;
    private final SubmittedFeedback submitted;
    private final ApplicationEventPublisher events;
    private final BookingChecks checks;
    private final SlotFinder slotFinder;
    private final ApplicationRepository applications;
    private final PersonRepository people;
    private final Clock clock;

    InterviewLifecycle(InterviewRepository interviews, RuntimeService runtime, SubmittedFeedback submitted,
                       ApplicationEventPublisher events, BookingChecks checks, SlotFinder slotFinder,
                       ApplicationRepository applications, PersonRepository people, Clock clock) {
        this.interviews = interviews;
        this.runtime = runtime;
        this.submitted = submitted;
        this.events = events;
        this.checks = checks;
        this.slotFinder = slotFinder;
        this.applications = applications;
        this.people = people;
        this.clock = clock;
    }

    /** What {@code me} may do with the interview now. */
    public Actions actions(Interview interview, OnrampUser me) {
        if (interview.isTakeHome() || interview.status() != Interview.Status.SCHEDULED
                || interview.stageProcessInstanceId() == null) {
            return Actions.NONE;
        }
        boolean recruiting = me.has(Role.RECRUITER) || me.has(Role.ADMIN);
        boolean started = !clock.instant().isBefore(interview.startsAt());
        boolean onPanel = interviews.panel(interview.id()).stream().anyMatch(p -> p.personId() == me.personId());
        boolean awaited = waitsFor(interview, InterviewStage.MESSAGE_INTERVIEW_HELD);
        boolean changeable = recruiting && waitsFor(interview, InterviewStage.MESSAGE_INTERVIEW_CANCELLED)
                && !submitted.anySubmitted(interview.id());
        return new Actions(awaited && started && (recruiting || onPanel), changeable, changeable, changeable && started);
    }

    /** The interview took place: its panel's feedback opens now rather than at the scheduled end. */
    @Transactional
    public void held(long interviewId, OnrampUser me) {
        Interview i = interviews.get(interviewId);
        if (!actions(i, me).hold()) {
            throw new Refused(i.status() == Interview.Status.SCHEDULED && clock.instant().isBefore(i.startsAt())
                    ? "interview.held.notStarted" : "interview.held.notAwaited");
        }
        interviews.recordEvent(event(i, Kind.HELD, null, null, me));
        correlate(i, InterviewStage.MESSAGE_INTERVIEW_HELD);
        log.info("Interview {} marked held by person {}", interviewId, me.personId());
    }

    /**
     * Moves the interview to {@code start} (same length), keeps the old times in its history, updates the invites.
     * Like a first booking ({@link BookingChecks}), the panel's and the candidate's rows are locked first; a time within
     * the buffer of another interview of the candidate or a panel member, or outside the working hours of one of them,
     * throws {@link BookingClashException} unless {@code confirmed} (the recruiter saw it and confirmed). The
     * interview's own current time is never in its way.
     */
    @Transactional
    public void reschedule(long interviewId, int sequence, Instant start, String reason, boolean confirmed,
                           OnrampUser me) {
        Interview i = changeable(interviewId, sequence, me);
        if (!start.isAfter(clock.instant())) {
            throw new Refused("interview.reschedule.past");
        }
        Instant end = start.plus(Duration.between(i.startsAt(), i.endsAt()));
        Attendees attendees = attendees(i);
        List<Long> panel = attendees.panel().stream().map(Participant::personId).toList();
        checks.lock(panel, i.applicationId());
        if (!confirmed) {
            List<Clash> clashes = checks.clashes(panel, i.applicationId(), start, end, i.id());
            List<OutsideHours> outside = BookingChecks.outsideHours(attendees.candidateName(),
                    attendees.candidateHours(), attendees.panel(), start, end);
            if (!clashes.isEmpty() || !outside.isEmpty()) {
                throw new BookingClashException(clashes, outside);
            }
        }
        if (!interviews.reschedule(i.id(), sequence, start, end)) {
            throw new Refused("interview.changed");
        }
        interviews.recordEvent(new InterviewEvent(i.id(), Kind.RESCHEDULED, reason(reason), null, i.startsAt(),
                i.endsAt(), start, end, me.personId(), clock.instant()));
        events.publishEvent(new InterviewRescheduled(i.id()));
        correlate(i, runtime.createMessageCorrelation(InterviewStage.MESSAGE_INTERVIEW_RESCHEDULED)
                .setVariable(InterviewStage.VAR_INTERVIEW_END, Date.from(end)));
        log.info("Interview {} rescheduled by person {}", interviewId, me.personId());
    }

    /**
     * Fresh proposals for the interview's panel and length, from now on: inside everyone's hours when there are such,
     * none within the buffer of another interview of the candidate or the panel (its own time does not count).
     */
    List<Slot> proposals(Interview i) {
        Attendees attendees = attendees(i);
        Instant now = clock.instant();
        List<Busy> busy = checks.busy(attendees.panel().stream().map(Participant::personId).toList(),
                i.applicationId(), now, now.plus(InterviewScheduling.BUSY_HORIZON), i.id());
        return slotFinder.propose(attendees.candidateName(), attendees.candidateHours(), attendees.panel(),
                Duration.between(i.startsAt(), i.endsAt()), busy, SlotFinder.PROPOSALS).slots();
    }

    private Attendees attendees(Interview i) {
        Application application = applications.get(i.applicationId());
        List<Participant> panel = interviews.panel(i.id()).stream()
                .map(m -> Participant.of(people.get(m.personId())))
                .toList();
        return new Attendees(application.candidateName(),
                WorkingHours.standard(ZoneId.of(application.candidateZone())), panel);
    }

    /** Who takes part in an interview, with the hours a new time must respect. */
    private record Attendees(String candidateName, WorkingHours candidateHours, List<Participant> panel) {
    }

    /** Cancels the interview (the invites too); the stage goes back to scheduling. */
    @Transactional
    public void cancel(long interviewId, int sequence, String reason, OnrampUser me) {
        Interview i = changeable(interviewId, sequence, me);
        if (!interviews.end(i.id(), sequence, Interview.Status.CANCELLED, true)) {
            throw new Refused("interview.changed");
        }
        interviews.recordEvent(event(i, Kind.CANCELLED, reason(reason), null, me));
        events.publishEvent(new InterviewCancelled(i.id()));
        correlate(i, InterviewStage.MESSAGE_INTERVIEW_CANCELLED);
        log.info("Interview {} cancelled by person {}", interviewId, me.personId());
    }

    /**
     * Records that the candidate or an interviewer did not come; the stage is scheduled again
     * ({@code scheduleAgain}) or ends without feedback. The calendar entry stays: the time has come already.
     */
    @Transactional
    public void noShow(long interviewId, int sequence, NoShowOf who, String reason, boolean scheduleAgain,
                       OnrampUser me) {
        Interview i = changeable(interviewId, sequence, me);
        if (clock.instant().isBefore(i.startsAt())) {
            throw new Refused("interview.noShow.notStarted");
        }
        if (!interviews.end(i.id(), sequence, Interview.Status.NO_SHOW, false)) {
            throw new Refused("interview.changed");
        }
        interviews.recordEvent(event(i, Kind.NO_SHOW, reason(reason), who, me));
        correlate(i, runtime.createMessageCorrelation(InterviewStage.MESSAGE_INTERVIEW_NO_SHOW)
                .setVariable(InterviewStage.VAR_NO_SHOW_THEN,
                        scheduleAgain ? InterviewStage.NO_SHOW_RESCHEDULE : InterviewStage.NO_SHOW_END));
        log.info("Interview {} no-show ({}) recorded by person {}", interviewId, who, me.personId());
    }

    /** An interview {@code me} may move now, as it was when {@code sequence} was read. */
    private Interview changeable(long interviewId, int sequence, OnrampUser me) {
        Interview i = interviews.get(interviewId);
        if (!(me.has(Role.RECRUITER) || me.has(Role.ADMIN))) {
            throw new org.springframework.security.access.AccessDeniedException("recruiters change interviews");
        }
        if (i.inviteSequence() != sequence || i.status() != Interview.Status.SCHEDULED) {
            throw new Refused("interview.changed");
        }
        if (!actions(i, me).cancel()) {
            throw new Refused(submitted.anySubmitted(i.id()) ? "interview.feedbackSubmitted" : "interview.notChangeable");
        }
        return i;
    }

    private InterviewEvent event(Interview i, Kind kind, String reason, NoShowOf who, OnrampUser me) {
        return new InterviewEvent(i.id(), kind, reason, who, null, null, null, null, me.personId(), clock.instant());
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON + " characters is needed");
        }
        return reason.strip();
    }

    private boolean waitsFor(Interview i, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(i.stageProcessInstanceId())
                .eventType("message").eventName(message).count() > 0;
    }

    private void correlate(Interview i, String message) {
        correlate(i, runtime.createMessageCorrelation(message));
    }

    private void correlate(Interview i, MessageCorrelationBuilder message) {
        try {
            message.processInstanceId(i.stageProcessInstanceId()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Refused("interview.notChangeable");
        }
    }

    /** Which of the interview's buttons {@code me} gets. */
    public record Actions(boolean hold, boolean reschedule, boolean cancel, boolean noShow) {

        static final Actions NONE = new Actions(false, false, false, false);

        public boolean any() {
            return hold || reschedule || cancel || noShow;
        }
    }

    /** The change was refused: {@code messageKey} says why (stale, not now, feedback already in). */
    public static class Refused extends RuntimeException {

        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** For the reschedule form: the interview, or 404. */
    Interview get(long interviewId) {
        return interviews.findById(interviewId).orElseThrow(() -> new NotFoundException("interview", interviewId));
    }
}
