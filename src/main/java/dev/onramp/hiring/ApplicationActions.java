package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending an application at any time: the candidate withdraws, or a recruiter rejects. The reason is kept on the
 * application, then the hiring process hears of it by message (its event sub-processes cancel the loop, its
 * stages and their tasks, and record the outcome).
 */
@Service
class ApplicationActions {

    private static final Logger log = LoggerFactory.getLogger(ApplicationActions.class);

    private final ApplicationRepository applications;
    private final RuntimeService runtime;

    ApplicationActions(ApplicationRepository applications, RuntimeService runtime) {
        this.applications = applications;
        this.runtime = runtime;
    }

    /** @throws NotActiveException when the application has ended, or its process no longer listens */
    @Transactional
    public void withdraw(long applicationId, String reason, OnrampUser by) {
        end(applicationId, reason, HiringProcess.MESSAGE_CANDIDATE_WITHDREW);
        log.info("Application {}: withdrawal entered by person {}", applicationId, by.personId());
    }

    /** @throws NotActiveException when the application has ended, or its process no longer listens */
    @Transactional
    public void reject(long applicationId, String reason, OnrampUser by) {
        end(applicationId, reason, HiringProcess.MESSAGE_CANDIDATE_REJECTED);
        log.info("Application {}: rejected by person {}", applicationId, by.personId());
    }

    private void end(long applicationId, String reason, String message) {
        applications.get(applicationId);
        if (!applications.saveOutcomeReason(applicationId, reason.strip())) {
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
