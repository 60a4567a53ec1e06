package dev.onramp.hiring;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.TakeHomeStage;
import java.time.Clock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends an application from one of the hiring process's service tasks: its status, the stage it ended at and
 * when. The reason was saved by the person's action before the process heard of it.
 */
@Component
class ApplicationOutcomes {

    /** The outcome stage of an application that never left screening. */
    static final String STAGE_SCREENING = "screening";
    /** The outcome stage of an application that reached the decision. */
    static final String STAGE_DECISION = "decision";

    private static final Logger log = LoggerFactory.getLogger(ApplicationOutcomes.class);

    private final ApplicationRepository applications;
    private final InterviewRepository interviews;
    private final HistoryService history;
    private final Clock clock;

    ApplicationOutcomes(ApplicationRepository applications, InterviewRepository interviews, HistoryService history,
                        Clock clock) {
        this.applications = applications;
        this.interviews = interviews;
        this.history = history;
        this.clock = clock;
    }

    /** The application a hiring, loop or stage process runs for. */
    static long applicationId(VariableScope scope) {
        LongValue id = scope.getVariableTyped(HiringProcess.VAR_APPLICATION_ID);
        return id.getValue();
    }

    /**
     * Ends the application of this process with {@code status}; true when this call ended it, false when it had
     * ended already (a retried job), which changes nothing.
     */
    boolean end(VariableScope execution, Application.Status status) {
        long id = applicationId(execution);
        Application application = applications.get(id);
        boolean ended = record(id, status, stageOf(application));
        if (ended) {
            log.info("Application {} ended: {}", id, status);
        } else {
            log.info("Application {} had already ended ({}); {} not recorded", id, application.status(), status);
        }
        return ended;
    }

    /**
     * Ends an active application now with {@code status} at {@code stage}, and cancels its interviews that are still
     * scheduled; false when it had ended already (nothing changes then).
     */
    boolean record(long id, Application.Status status, String stage) {
        boolean ended = applications.recordOutcome(id, status, stage, clock.instant());
        if (ended) {
            interviews.cancelScheduled(id);
        }
        return ended;
    }

    /** Ends an active application because its requisition closed, cancelling its scheduled interviews. */
    void recordRequisitionClosed(long id) {
        if (applications.endForClosedRequisition(id, clock.instant())) {
            interviews.cancelScheduled(id);
        }
    }

    /**
     * Where the application is: the decision once it was asked for; otherwise the stage the application records,
     * or else the stage process the engine started last for it; screening before its loop.
     */
    String stageOf(Application application) {
        String businessKey = HiringProcess.businessKey(application.id());
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(DecideAndOffer.KEY).count() > 0) {
            return STAGE_DECISION;
        }
        if (application.stage() != null) {
            return application.stage();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(InterviewStage.KEY, TakeHomeStage.KEY)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
                .flatMap(stage -> history.createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                        .variableName(InterviewStage.VAR_STAGE_KEY).list().stream())
                .map(HistoricVariableInstance::getValue)
                .filter(String.class::isInstance).map(String.class::cast)
                .findFirst().orElse(STAGE_SCREENING);
    }
}
