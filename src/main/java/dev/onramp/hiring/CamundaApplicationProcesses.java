package dev.onramp.hiring;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs each application as one {@link HiringProcess} instance (business key {@code application-<id>}).
 * Its variables are references and decisions only: ids, the team's loop key, the hiring manager's
 * username and the team's slug; never the candidate's name or e-mail.
 */
@Component
class CamundaApplicationProcesses implements ApplicationProcesses {

    static final String DELETE_REASON_REQUISITION_CLOSED = "requisition closed";

    private static final Logger log = LoggerFactory.getLogger(CamundaApplicationProcesses.class);

    private final RuntimeService runtime;
    private final ApplicationRepository applications;
    private final ApplicationOutcomes outcomes;

    CamundaApplicationProcesses(RuntimeService runtime, ApplicationRepository applications,
                                ApplicationOutcomes outcomes) {
        this.runtime = runtime;
        this.applications = applications;
        this.outcomes = outcomes;
    }

    @Override
    public String start(long applicationId, long requisitionId, RequisitionRepository.ProcessStart facts) {
        ProcessInstance instance;
        try {
            instance = runtime.startProcessInstanceByKey(HiringProcess.KEY, HiringProcess.businessKey(applicationId),
                    HiringProcess.startVariables(applicationId, requisitionId, facts.teamSlug(),
                            facts.teamLoopProcessKey(), facts.hiringManagerUsername()));
        } catch (ProcessEngineException e) {
            throw new NotStartedException("hiring process for application " + applicationId + " not started", e);
        }
        applications.setProcessInstanceId(applicationId, instance.getId());
        log.info("Started {} {} for application {}", HiringProcess.KEY, instance.getId(), applicationId);
        return instance.getId();
    }

    @Override
    public void endForClosedRequisition(long applicationId) {
        String instanceId = applications.get(applicationId).processInstanceId();
        if (instanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            runtime.deleteProcessInstance(instanceId, DELETE_REASON_REQUISITION_CLOSED);
        }
        outcomes.recordRequisitionClosed(applicationId);
    }

    @Override
    public void handOverToHiringManager(long applicationId, String hiringManagerUsername) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(HiringProcess.businessKey(applicationId)).list()) {
            if (runtime.getVariableLocal(instance.getId(), HiringProcess.VAR_HIRING_MANAGER) != null) {
                runtime.setVariableLocal(instance.getId(), HiringProcess.VAR_HIRING_MANAGER, hiringManagerUsername);
            }
        }
    }
}
