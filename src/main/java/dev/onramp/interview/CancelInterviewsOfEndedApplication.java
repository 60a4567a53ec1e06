package dev.onramp.interview;

import dev.onramp.hiring.ApplicationEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application that ends (withdrawn, rejected, closed, decided) has no interviews left to hold: its scheduled
 * ones are cancelled in the transaction that ended it, so nobody's list shows them as upcoming.
 */
@Component
class CancelInterviewsOfEndedApplication {

    private final InterviewRepository interviews;

    CancelInterviewsOfEndedApplication(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    @EventListener
    void on(ApplicationEnded ended) {
        interviews.cancelScheduled(ended.applicationId());
    }
}
