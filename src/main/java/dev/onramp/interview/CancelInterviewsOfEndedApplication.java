package dev.onramp.interview;

import dev.onramp.hiring.ApplicationEnded;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application that ends (withdrawn, rejected, closed, decided) has no interviews left to hold: its scheduled
 * ones are cancelled in the transaction that ended it, so nobody's list shows them as upcoming. Live interviews
 * still to come are cancelled one by one with {@link InterviewCancelled}, so the panel and the candidate get the
 * calendar cancellation.
 */
@Component
class CancelInterviewsOfEndedApplication {

    private final InterviewRepository interviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CancelInterviewsOfEndedApplication(InterviewRepository interviews, ApplicationEventPublisher events, Clock clock) {
        this.interviews = interviews;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationEnded ended) {
        for (Interview i : interviews.findByApplication(ended.applicationId())) {
            if (!i.isTakeHome() && i.status() == Interview.Status.SCHEDULED && i.startsAt().isAfter(clock.instant())
                    && interviews.end(i.id(), i.inviteSequence(), Interview.Status.CANCELLED, true)) {
                events.publishEvent(new InterviewCancelled(i.id()));
            }
        }
        interviews.cancelScheduled(ended.applicationId());
    }
}
