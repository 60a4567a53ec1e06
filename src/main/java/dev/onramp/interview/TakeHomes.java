package dev.onramp.interview;

import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Take-homes the candidate has been sent and the stage process is waiting for. */
@Service
class TakeHomes {

    private static final Logger log = LoggerFactory.getLogger(TakeHomes.class);

    private final InterviewRepository interviews;
    private final RuntimeService runtime;

    TakeHomes(InterviewRepository interviews, RuntimeService runtime) {
        this.interviews = interviews;
        this.runtime = runtime;
    }

    /** The application's take-home whose stage process waits for {@link TakeHomeStage#MESSAGE_TAKE_HOME_SUBMITTED}. */
    Optional<Interview> awaited(long applicationId) {
        return interviews.findByApplication(applicationId).stream()
                .filter(i -> isAwaited(i))
                .findFirst();
    }

    boolean isAwaited(Interview interview) {
        return interview.isTakeHome() && interview.status() == Interview.Status.SCHEDULED
                && interview.stageProcessInstanceId() != null && subscription(interview).isPresent();
    }

    /**
     * Tells the stage process the take-home arrived and marks the take-home done; false when nothing waits
     * (never sent, already received, or past its due date).
     */
    @Transactional
    public boolean received(long applicationId) {
        Optional<Interview> awaited = awaited(applicationId);
        if (awaited.isEmpty()) {
            return false;
        }
        Interview takeHome = awaited.get();
        try {
            runtime.createMessageCorrelation(TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED)
                    .processInstanceId(takeHome.stageProcessInstanceId())
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
        interviews.setStatus(takeHome.id(), Interview.Status.SCHEDULED, Interview.Status.DONE);
        log.info("Take-home {} received for application {}", takeHome.id(), applicationId);
        return true;
    }

    private Optional<EventSubscription> subscription(Interview interview) {
        return runtime.createEventSubscriptionQuery()
                .processInstanceId(interview.stageProcessInstanceId())
                .eventType("message")
                .eventName(TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED)
                .list().stream().findFirst();
    }
}
