package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending an application at any time: the candidate withdraws, or a recruiter rejects. The reason and the outcome
 * are kept on the application at once, so the page the recruiter lands on already says so; then the hiring process
 * hears of it by message (its event sub-processes cancel the loop, its stages and their tasks; their recording
 * task finds the outcome recorded and changes nothing). All in one transaction: a process that no longer listens
 * leaves the application as it was.
 */
@Service
class ApplicationActions {

    private static final Logger log = LoggerFactory.getLogger(ApplicationActions.class);

    private final ApplicationRepository applications;
    private final ApplicationOutcomes outcomes;
    private final RuntimeService runtime;

    ApplicationActions(ApplicationRepository applications, ApplicationOutcomes outcomes, RuntimeService runtime) {
        this.applications = applications;
        this.outcomes = outcomes;
        this.runtime = runtime;
    }

    /** @throws NotActiveException when the application has ended, or its process no longer listens */
    @Transactional
    public void withdraw(long applicationId, String reason, OnrampUser by) {
        end(applicationId, reason, Application.Status.WITHDRAWN, HiringProcess.MESSAGE_CANDIDATE_WITHDREW);
        log.info("Application {}: withdrawal entered by person {}", applicationId, by.personId());
    }

    /** @throws NotActiveException when the application has ended, or its process no longer listens */
    @Transactional
    public void reject(long applicationId, String reason, OnrampUser by) {
        end(applicationId, reason, Application.Status.REJECTED, HiringProcess.MESSAGE_CANDIDATE_REJECTED);
        log.info("Application {}: rejected by person {}", applicationId, by.personId());
    }

    private void end(long applicationId, String reason, Application.Status outcome, String message) {
        Application application = applications.get(applicationId);
        String stage = outcomes.stageOf(application);
        if (!applications.saveOutcomeReason(applicationId, reason.strip())
                || !outcomes.record(applicationId, outcome, stage)) {
            throw new NotActiveException(applicationId);
        }
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // ending already (a withdrawal or rejection before this one): the reason saved above rolls back
            throw new NotActiveException(applicationId);
        }
    }

    /** The application has ended (or is ending): nothing changes. */
    static class NotActiveException extends RuntimeException {

        NotActiveException(long applicationId) {
            super("application " + applicationId + " is no longer active");
        }
    }
}
