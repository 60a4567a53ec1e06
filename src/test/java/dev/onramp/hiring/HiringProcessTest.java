package dev.onramp.hiring;

import static dev.onramp.hiring.HiringProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.people.Role;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import dev.onramp.ProcessTestEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {HiringProcess.RESOURCE, HiringProcessTest.STUB_DECIDE_AND_OFFER_RESOURCE,
        HiringProcessTest.STUB_LOOP_RESOURCE})
class HiringProcessTest {

    /** One user task standing in for a team's loop; the loops have their own tests. */
    static final String STUB_LOOP_RESOURCE = "stubs/stub-loop.bpmn";
    static final String STUB_LOOP = "StubLoop";
    static final String STUB_LOOP_TASK = "Task_RunLoop";
    /**
     * One task standing in for {@link DecideAndOffer} (same key, same in- and out-variables): completing it with
     * {@code decision} is the decision. The real process has its own tests ({@code DecideAndOfferProcessTest}).
     */
    static final String STUB_DECIDE_AND_OFFER_RESOURCE = "stubs/stub-decide-and-offer.bpmn";
    static final String STUB_DECIDE_TASK = "Task_Decide";
    static final String STUB_DECIDE_END_EVENT = "EndEvent_Decided";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder()
            .assertClassCoverageAtLeast(ProcessTestEngine.MIN_COVERAGE)
            // deployed only by the versioning test; covered by their own tests
            .excludeProcessDefinitionKeys(BeatsLoop.KEY, InterviewStage.KEY, TakeHomeStage.KEY)
            .build();

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T09:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long REQUISITION = 7L;
    private static final String HIRING_MANAGER = "hank";

    private final List<String> extraDeployments = new ArrayList<>();
    private RecordingDelegate notifyRecruiters;
    private RecordingDelegate escalateToHiringManager;
    private RecordingDelegate recordRejection;
    private RecordingDelegate handOffToOnboarding;
    private RecordingDelegate recordWithdrawal;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        Mocks.register(BEAN_SLA_DATES, new SlaDatesStub());
        notifyRecruiters = RecordingDelegate.register(BEAN_REMIND_TASK);
        escalateToHiringManager = RecordingDelegate.register(BEAN_ESCALATE_TASK);
        recordRejection = RecordingDelegate.register(BEAN_RECORD_REJECTION);
        handOffToOnboarding = RecordingDelegate.register(BEAN_HAND_OFF_TO_ONBOARDING);
        recordWithdrawal = RecordingDelegate.register(BEAN_RECORD_WITHDRAWAL);
    }

    @AfterEach
    void reset() {
        extraDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldRejectAtScreening() {
        ProcessInstance pi = startHiring(STUB_LOOP);

        assertThat(pi).isWaitingAtExactly(TASK_SCREEN);
        assertThat(task())
                .hasName("Screen candidate")
                .hasCandidateGroup(Role.RECRUITER.groupId())
                .hasFormKey(FORM_SCREEN)
                .hasDueDate(days(SCREENING_REMINDER_WORKING_DAYS));
        complete(task(), withVariables(VAR_SCREENING, SCREENING_REJECT));

        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_APPLICATION_RECEIVED, TASK_SCREEN,
                GATEWAY_SCREEN_PASSED, TASK_RECORD_REJECTION, END_EVENT_REJECTED);
        assertThat(recordRejection.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_RECORD_REJECTION);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION)
                    .containsEntry(VAR_SCREENING, SCREENING_REJECT);
        });
        assertThat(pi).hasNotPassed(CALL_ACTIVITY_TEAM_LOOP);
    }

    @Test
    void shouldHandAHireOverToOnboardingAfterTheLoopAndTheDecision() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        advanceFromScreening(pi);

        assertThat(pi).isWaitingAtExactly(CALL_ACTIVITY_TEAM_LOOP);
        ProcessInstance loop = calledProcessInstance(STUB_LOOP, pi);
        assertThat(loop).hasBusinessKey(businessKey(APPLICATION));
        assertThat(loop).variables()
                .containsEntry(VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(VAR_REQUISITION_ID, REQUISITION)
                .containsEntry(VAR_TEAM, "beats")
                .containsEntry(VAR_HIRING_MANAGER, HIRING_MANAGER)
                .doesNotContainKeys(VAR_TEAM_LOOP, VAR_SCREENING);
        complete(task(STUB_LOOP_TASK, loop));

        assertThat(pi).isWaitingAtExactly(CALL_ACTIVITY_DECIDE_AND_OFFER);
        ProcessInstance decision = calledProcessInstance(DecideAndOffer.KEY, pi);
        assertThat(decision).hasBusinessKey(businessKey(APPLICATION))
                .isWaitingAtExactly(STUB_DECIDE_TASK);
        assertThat(decision).variables()
                .containsEntry(VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(VAR_REQUISITION_ID, REQUISITION)
                .containsEntry(VAR_TEAM, "beats")
                .containsEntry(VAR_HIRING_MANAGER, HIRING_MANAGER);
        assertThat(task(STUB_DECIDE_TASK, decision)).isAssignedTo(HIRING_MANAGER);
        complete(task(STUB_DECIDE_TASK, decision),
                withVariables(DecideAndOffer.VAR_DECISION, DecideAndOffer.DECISION_HIRE));

        assertThat(decision).isEnded().hasPassedInOrder(DecideAndOffer.START_EVENT_DECISION_NEEDED,
                STUB_DECIDE_TASK, STUB_DECIDE_END_EVENT);
        assertThat(pi).isWaitingAt(TASK_HAND_OFF_TO_ONBOARDING);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_APPLICATION_RECEIVED, TASK_SCREEN,
                GATEWAY_SCREEN_PASSED, CALL_ACTIVITY_TEAM_LOOP, CALL_ACTIVITY_DECIDE_AND_OFFER, GATEWAY_HIRED,
                TASK_HAND_OFF_TO_ONBOARDING, END_EVENT_HIRED);
        assertThat(handOffToOnboarding.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(VAR_REQUISITION_ID, REQUISITION)
                .containsEntry(VAR_DECISION, DecideAndOffer.DECISION_HIRE));
        assertThat(recordRejection.calls()).isEmpty();
    }

    @Test
    void shouldRecordANoHireDecision() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        advanceFromScreening(pi);
        complete(task(STUB_LOOP_TASK, calledProcessInstance(STUB_LOOP, pi)));

        ProcessInstance decision = calledProcessInstance(DecideAndOffer.KEY, pi);
        complete(task(STUB_DECIDE_TASK, decision),
                withVariables(DecideAndOffer.VAR_DECISION, DecideAndOffer.DECISION_NO_HIRE));

        assertThat(pi).isWaitingAt(TASK_RECORD_NO_HIRE);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(CALL_ACTIVITY_DECIDE_AND_OFFER, GATEWAY_HIRED,
                TASK_RECORD_NO_HIRE, END_EVENT_NOT_HIRED);
        assertThat(recordRejection.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_RECORD_NO_HIRE);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION)
                    .containsEntry(VAR_DECISION, DecideAndOffer.DECISION_NO_HIRE);
        });
        assertThat(handOffToOnboarding.calls()).isEmpty();
    }

    @Test
    void shouldRemindRecruitersWhenScreeningTakesThreeWorkingDays() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        assertThat(pi).isWaitingAt(TASK_SCREEN);
        assertThat(job(TIMER_SCREENING_REMINDER)).hasDueDate(days(SCREENING_REMINDER_WORKING_DAYS));

        ClockUtil.setCurrentTime(days(SCREENING_REMINDER_WORKING_DAYS));
        assertThat(jobQuery().timers().executable().list()).singleElement()
                .satisfies(job -> assertThat(job.getId()).isEqualTo(job(TIMER_SCREENING_REMINDER).getId()));
        execute(job(TIMER_SCREENING_REMINDER));

        assertThat(pi).hasPassedInOrder(TIMER_SCREENING_REMINDER, TASK_REMIND_RECRUITERS, END_EVENT_REMINDED)
                .isWaitingAtExactly(TASK_SCREEN);
        assertThat(notifyRecruiters.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_REMIND_RECRUITERS);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION);
        });
        assertThat(escalateToHiringManager.calls()).isEmpty();
    }

    @Test
    void shouldEscalateToTheHiringManagerWhenScreeningTakesFiveWorkingDays() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        assertThat(pi).isWaitingAt(TASK_SCREEN);
        ClockUtil.setCurrentTime(days(SCREENING_REMINDER_WORKING_DAYS));
        execute(job(TIMER_SCREENING_REMINDER));
        assertThat(job(TIMER_SCREENING_ESCALATION)).hasDueDate(days(SCREENING_ESCALATION_WORKING_DAYS));

        ClockUtil.setCurrentTime(days(SCREENING_ESCALATION_WORKING_DAYS));
        execute(job(TIMER_SCREENING_ESCALATION));

        assertThat(pi).hasPassedInOrder(TIMER_SCREENING_ESCALATION, TASK_ESCALATE_SCREENING, END_EVENT_ESCALATED)
                .isWaitingAtExactly(TASK_SCREEN);
        assertThat(escalateToHiringManager.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_ESCALATE_SCREENING);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION)
                    .containsEntry(VAR_HIRING_MANAGER, HIRING_MANAGER);
        });
        assertThat(notifyRecruiters.calls()).hasSize(1);
        assertThat(jobQuery().timers().count()).isZero();
    }

    @Test
    void shouldRecordAWithdrawalDuringScreening() {
        ProcessInstance pi = startHiring(STUB_LOOP);

        withdraw();

        assertThat(pi).isWaitingAt(TASK_RECORD_WITHDRAWAL).isNotWaitingAt(TASK_SCREEN);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(jobQuery().timers().count()).isZero();
        execute(job());
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_WITHDRAWN, TASK_RECORD_WITHDRAWAL, END_EVENT_WITHDRAWN)
                .hasNotPassed(GATEWAY_SCREEN_PASSED);
        assertThat(recordWithdrawal.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(VAR_APPLICATION_ID, APPLICATION));
    }

    @Test
    void shouldCancelTheTeamLoopAndItsTasksWhenTheCandidateWithdraws() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        advanceFromScreening(pi);
        ProcessInstance loop = calledProcessInstance(STUB_LOOP, pi);
        assertThat(loop).isWaitingAt(STUB_LOOP_TASK);

        withdraw();

        assertThat(loop).isEnded();
        assertThat(taskQuery().processInstanceBusinessKey(businessKey(APPLICATION)).count()).isZero();
        assertThat(pi).isWaitingAt(TASK_RECORD_WITHDRAWAL);
        execute(job());
        assertThat(pi).isEnded().hasPassedInOrder(CALL_ACTIVITY_TEAM_LOOP, START_EVENT_WITHDRAWN,
                TASK_RECORD_WITHDRAWAL, END_EVENT_WITHDRAWN).hasNotPassed(CALL_ACTIVITY_DECIDE_AND_OFFER);
        assertThat(recordWithdrawal.calls()).hasSize(1);
    }

    @Test
    @Deployment(resources = {HiringProcess.RESOURCE, STUB_DECIDE_AND_OFFER_RESOURCE, BeatsLoop.RESOURCE,
            InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
    void shouldCancelARealLoopAndItsStageWhenTheCandidateWithdraws() {
        ProcessInstance pi = startHiring(BeatsLoop.KEY);
        advanceFromScreening(pi);
        ProcessInstance loop = calledProcessInstance(BeatsLoop.KEY, pi);
        ProcessInstance stage = calledProcessInstance(TakeHomeStage.KEY, loop);
        assertThat(stage).isWaitingAt(TakeHomeStage.TASK_SEND_TAKE_HOME);

        withdraw();

        assertThat(stage).isEnded();
        assertThat(loop).isEnded();
        assertThat(taskQuery().processInstanceBusinessKey(businessKey(APPLICATION)).count()).isZero();
        assertThat(pi).isWaitingAt(TASK_RECORD_WITHDRAWAL);
    }

    @Test
    void shouldCancelTheDecisionWhenTheCandidateWithdraws() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        advanceFromScreening(pi);
        complete(task(STUB_LOOP_TASK, calledProcessInstance(STUB_LOOP, pi)));
        ProcessInstance decision = calledProcessInstance(DecideAndOffer.KEY, pi);
        assertThat(decision).isWaitingAt(STUB_DECIDE_TASK);

        withdraw();

        assertThat(decision).isEnded();
        assertThat(taskQuery().processInstanceBusinessKey(businessKey(APPLICATION)).count()).isZero();
        assertThat(pi).isWaitingAt(TASK_RECORD_WITHDRAWAL);
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_EVENT_WITHDRAWN).hasNotPassed(GATEWAY_HIRED);
        assertThat(recordWithdrawal.calls()).hasSize(1);
        assertThat(recordRejection.calls()).isEmpty();
    }

    @Test
    void shouldRecordARejectionAtAnyTime() {
        ProcessInstance pi = startHiring(STUB_LOOP);
        advanceFromScreening(pi);
        ProcessInstance loop = calledProcessInstance(STUB_LOOP, pi);

        runtimeService().createMessageCorrelation(MESSAGE_CANDIDATE_REJECTED)
                .processInstanceBusinessKey(businessKey(APPLICATION))
                .correlate();

        assertThat(loop).isEnded();
        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION_ANY_TIME);
        execute(job());
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_REJECTED_ANY_TIME, TASK_RECORD_REJECTION_ANY_TIME,
                END_EVENT_REJECTED_ANY_TIME).hasNotPassed(CALL_ACTIVITY_DECIDE_AND_OFFER, END_EVENT_WITHDRAWN);
        assertThat(recordRejection.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_RECORD_REJECTION_ANY_TIME);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION);
        });
        assertThat(recordWithdrawal.calls()).isEmpty();
    }

    @Test
    @Deployment(resources = {HiringProcess.RESOURCE, STUB_DECIDE_AND_OFFER_RESOURCE, BeatsLoop.RESOURCE,
            InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
    void shouldFinishACandidateOnTheLoopVersionTheyStartedWhileNewCandidatesGetTheNewVersion() throws Exception {
        ProcessInstance first = startHiring(BeatsLoop.KEY, 1L);
        advanceFromScreening(first);
        ProcessInstance firstLoop = calledProcessInstance(BeatsLoop.KEY, first);
        assertThat(firstLoop).isWaitingAt(BeatsLoop.CALL_ACTIVITY_TAKE_HOME);

        String v2 = deployBeatsLoopWithTakeHomeNamed("A small Beat in Go, second edition");
        ProcessInstance second = startHiring(BeatsLoop.KEY, 2L);
        advanceFromScreening(second);
        ProcessInstance secondLoop = calledProcessInstance(BeatsLoop.KEY, second);

        ProcessDefinition v1Definition = repositoryService().getProcessDefinition(firstLoop.getProcessDefinitionId());
        ProcessDefinition v2Definition = repositoryService().getProcessDefinition(secondLoop.getProcessDefinitionId());
        assertThat(v2Definition.getDeploymentId()).isEqualTo(v2);
        assertThat(v2Definition.getVersion()).isEqualTo(v1Definition.getVersion() + 1);
        assertThat(processInstanceQuery().processInstanceId(firstLoop.getId()).singleResult().getProcessDefinitionId())
                .as("the candidate in flight stays on the version they started")
                .isEqualTo(v1Definition.getId());
        assertThat(task(TakeHomeStage.TASK_SEND_TAKE_HOME, calledProcessInstance(TakeHomeStage.KEY, firstLoop)))
                .hasName("Send take-home: A small Beat in Go");
        assertThat(task(TakeHomeStage.TASK_SEND_TAKE_HOME, calledProcessInstance(TakeHomeStage.KEY, secondLoop)))
                .hasName("Send take-home: A small Beat in Go, second edition");
    }

    private ProcessInstance startHiring(String teamLoop) {
        return startHiring(teamLoop, APPLICATION);
    }

    private ProcessInstance startHiring(String teamLoop, long applicationId) {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(applicationId),
                startVariables(applicationId, REQUISITION, "beats", teamLoop, HIRING_MANAGER));
    }

    /** The recruiter advances the candidate; the loop starts in its own transaction. */
    private void advanceFromScreening(ProcessInstance pi) {
        complete(task(TASK_SCREEN, pi), withVariables(VAR_SCREENING, SCREENING_ADVANCE));
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_TEAM_LOOP);
        execute(job(CALL_ACTIVITY_TEAM_LOOP, pi));
    }

    private void withdraw() {
        runtimeService().createMessageCorrelation(MESSAGE_CANDIDATE_WITHDREW)
                .processInstanceBusinessKey(businessKey(APPLICATION))
                .correlate();
    }

    private String deployBeatsLoopWithTakeHomeNamed(String stageName) throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BeatsLoop.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        CallActivity takeHome = model.getModelElementById(BeatsLoop.CALL_ACTIVITY_TAKE_HOME);
        takeHome.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .filter(in -> InterviewStage.VAR_STAGE_NAME.equals(in.getCamundaTarget()))
                .forEach(in -> in.setCamundaSourceExpression(stageName));
        String deploymentId = repositoryService().createDeployment()
                .name("beats-loop-v2")
                .addModelInstance("loops/beats.bpmn", model)
                .deploy()
                .getId();
        extraDeployments.add(deploymentId);
        return deploymentId;
    }

    private static Date days(int days) {
        return Date.from(MONDAY_MORNING.plus(Duration.ofDays(days)));
    }
}
