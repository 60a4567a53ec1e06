package dev.onramp.decision;

import static dev.onramp.decision.DecideAndOffer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.hiring.SlaDatesStub;
import dev.onramp.hiring.SlaProperties;
import dev.onramp.hiring.TaskDeadlines;
import dev.onramp.interview.InterviewPanelStub;
import dev.onramp.interview.InterviewStage;
import dev.onramp.offer.CompensationBand;
import dev.onramp.people.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path of {@code decide-and-offer.bpmn}. The voting rule and the band check are the real, deployed
 * tables, evaluated by their business rule tasks on scripted inputs (the tables have their own tests); the
 * decision rows are written by listeners that are stubbed here. The extra interview runs the real {@code InterviewStage}.
 */
@Deployment(resources = {DecideAndOffer.RESOURCE, VoteRule.RESOURCE, CompensationBand.RESOURCE, InterviewStage.RESOURCE})
class DecideAndOfferProcessTest {

    static final String STUB_LOOP_RESOURCE = "stubs/stub-loop.bpmn";
    static final String STUB_LOOP = "StubLoop";
    static final String STUB_LOOP_TASK = "Task_RunLoop";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder()
            .assertClassCoverageAtLeast(ProcessTestEngine.MIN_COVERAGE)
            // the extra interview's stage and the caller are covered by their own tests
            .excludeProcessDefinitionKeys(InterviewStage.KEY, HiringProcess.KEY, STUB_LOOP)
            .build();

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long REQUISITION = 7L;
    private static final long OFFER = 11L;
    private static final String TEAM = "beats";
    private static final String HIRING_MANAGER = "hank";

    private ScriptedRuleInputs.Votes applyVotingRule;
    private ScriptedRuleInputs.Band checkCompensationBand;
    private RecordingDelegate expireOffer;
    private RecordingDelegate remindTask;
    private RecordingDelegate escalateTask;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        applyVotingRule = ScriptedRuleInputs.Votes.register();
        checkCompensationBand = ScriptedRuleInputs.Band.register();
        Mocks.register(BEAN_RECORD_VOTE_DECISION, (ExecutionListener) execution -> { });
        Mocks.register(BEAN_RECORD_BAND_CHECK, (ExecutionListener) execution -> { });
        Mocks.register(HiringProcess.BEAN_SLA_DATES, new SlaDatesStub());
        remindTask = RecordingDelegate.register(TaskDeadlines.BEAN_REMIND_TASK);
        escalateTask = RecordingDelegate.register(TaskDeadlines.BEAN_ESCALATE_TASK);
        expireOffer = RecordingDelegate.register(BEAN_EXPIRE_OFFER);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldOfferAndHireWhenTheVoteHiresAndTheOfferIsInBand() {
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name());
        checkCompensationBand.answering(true);
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAtExactly(TASK_APPLY_VOTING_RULE);
        execute(job(TASK_APPLY_VOTING_RULE, pi));

        assertThat(pi).isWaitingAtExactly(TASK_PREPARE_OFFER);
        assertThat(task()).hasName("Prepare the offer").hasCandidateGroup(Role.RECRUITER.groupId()).hasFormKey(FORM_OFFER);
        complete(task(), withVariables(VAR_OFFER_ID, OFFER));
        assertThat(pi).isWaitingAt(TASK_CHECK_BAND);
        execute(job(TASK_CHECK_BAND, pi));

        assertThat(pi).isWaitingAtExactly(TASK_RECORD_ANSWER);
        assertThat(task()).hasCandidateGroup(Role.RECRUITER.groupId()).hasFormKey(FORM_OFFER_ANSWER);
        assertThat(job(TIMER_OFFER_EXPIRED, pi)).hasDueDate(Date.from(NOW.plus(OFFER_VALID_FOR)));
        complete(task(), withVariables(VAR_OFFER_ANSWER, OfferAnswer.ACCEPTED.name()));

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_DECISION_NEEDED, TASK_APPLY_VOTING_RULE,
                GATEWAY_VOTE_OUTCOME, TASK_PREPARE_OFFER, TASK_CHECK_BAND, GATEWAY_IN_BAND, TASK_RECORD_ANSWER,
                GATEWAY_OFFER_ANSWER, END_EVENT_OFFER_ACCEPTED).hasNotPassed(TASK_DEBRIEF, TASK_APPROVE_OFFER);
        assertThat(decisionOf(pi)).isEqualTo(DECISION_HIRE);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("the expiry timer is gone").isZero();
    }

    @Test
    void shouldNotHireWhenTheVoteSaysNoHire() {
        applyVotingRule.answering(VoteRule.Outcome.NO_HIRE.name());
        ProcessInstance pi = start();
        execute(job(TASK_APPLY_VOTING_RULE, pi));

        assertThat(pi).isEnded().hasPassedInOrder(TASK_APPLY_VOTING_RULE, GATEWAY_VOTE_OUTCOME, END_EVENT_NOT_HIRED)
                .hasNotPassed(TASK_DEBRIEF, TASK_PREPARE_OFFER);
        assertThat(decisionOf(pi)).isEqualTo(DECISION_NO_HIRE);
    }

    @Test
    void shouldOfferWhenTheDebriefSaysHire() {
        ProcessInstance pi = startUntilDebrief();

        assertThat(task()).hasName("Run the debrief").isAssignedTo(HIRING_MANAGER).hasFormKey(FORM_DEBRIEF);
        complete(task(), withVariables(VAR_DEBRIEF_OUTCOME, DebriefOutcome.HIRE.name()));

        assertThat(pi).isWaitingAtExactly(TASK_PREPARE_OFFER)
                .hasPassedInOrder(GATEWAY_VOTE_OUTCOME, TASK_DEBRIEF, GATEWAY_DEBRIEF_OUTCOME, GATEWAY_OFFER_NEEDED);
    }

    @Test
    void shouldNotHireWhenTheDebriefSaysNoHire() {
        ProcessInstance pi = startUntilDebrief();

        complete(task(), withVariables(VAR_DEBRIEF_OUTCOME, DebriefOutcome.NO_HIRE.name()));

        assertThat(pi).isEnded().hasPassedInOrder(TASK_DEBRIEF, GATEWAY_DEBRIEF_OUTCOME, END_EVENT_NOT_HIRED)
                .hasNotPassed(TASK_PREPARE_OFFER, CALL_ACTIVITY_EXTRA_INTERVIEW);
        assertThat(decisionOf(pi)).isEqualTo(DECISION_NO_HIRE);
    }

    @Test
    void shouldHoldOneMoreInterviewAndThenDecideAgainOnAllFeedback() {
        Mocks.register(InterviewStage.BEAN_INTERVIEW_PANEL, new InterviewPanelStub(List.of("ivan", "priya")));
        RecordingDelegate.register(InterviewStage.BEAN_REMIND_FEEDBACK);
        RecordingDelegate.register(InterviewStage.BEAN_FEEDBACK_OVERDUE);
        ProcessInstance pi = startUntilDebrief();
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name());

        complete(task(), withVariables(VAR_DEBRIEF_OUTCOME, DebriefOutcome.ONE_MORE_INTERVIEW.name()));
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_EXTRA_INTERVIEW);
        execute(job(CALL_ACTIVITY_EXTRA_INTERVIEW, pi));

        ProcessInstance stage = calledProcessInstance(InterviewStage.KEY, pi);
        assertThat(stage).hasBusinessKey(HiringProcess.businessKey(APPLICATION));
        assertThat(stage).variables()
                .containsEntry(InterviewStage.VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(InterviewStage.VAR_REQUISITION_ID, REQUISITION)
                .containsEntry(InterviewStage.VAR_TEAM, TEAM)
                .containsEntry(InterviewStage.VAR_HIRING_MANAGER, HIRING_MANAGER)
                .containsEntry(InterviewStage.VAR_STAGE_KEY, EXTRA_INTERVIEW_STAGE_KEY)
                .containsEntry(InterviewStage.VAR_STAGE_NAME, EXTRA_INTERVIEW_STAGE_NAME);
        runInterview(stage);

        assertThat(stage).isEnded();
        assertThat(pi).isWaitingAtExactly(TASK_APPLY_VOTING_RULE);
        execute(job(TASK_APPLY_VOTING_RULE, pi));

        assertThat(applyVotingRule.calls()).as("the rule decides again").isEqualTo(2);
        assertThat(pi).isWaitingAtExactly(TASK_PREPARE_OFFER).hasPassedInOrder(TASK_DEBRIEF,
                GATEWAY_DEBRIEF_OUTCOME, CALL_ACTIVITY_EXTRA_INTERVIEW, GATEWAY_VOTE_AGAIN, TASK_APPLY_VOTING_RULE);
    }

    @Test
    void shouldAskTheHiringManagerToApproveAnOfferOutsideTheBand() {
        checkCompensationBand.answering(false);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_OFFER);
        assertThat(task()).hasName("Approve the offer outside the band").isAssignedTo(HIRING_MANAGER)
                .hasFormKey(FORM_OFFER_APPROVAL);
        complete(task(), withVariables(VAR_OFFER_APPROVED, true));

        assertThat(pi).isWaitingAtExactly(TASK_RECORD_ANSWER).hasPassedInOrder(GATEWAY_IN_BAND, TASK_APPROVE_OFFER,
                GATEWAY_OFFER_APPROVED, GATEWAY_OFFER_CLEARED);
        assertThat(job(TIMER_OFFER_EXPIRED, pi)).as("the week starts when the offer is cleared").isNotNull();
    }

    @Test
    void shouldLetTheRecruiterRewriteAnOfferTheHiringManagerSentBack() {
        checkCompensationBand.answering(false, true);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);

        complete(task(TASK_APPROVE_OFFER, pi), withVariables(VAR_OFFER_APPROVED, false));

        assertThat(pi).isWaitingAtExactly(TASK_PREPARE_OFFER);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PREPARE_OFFER).singleResult())
                .hasCandidateGroup(Role.RECRUITER.groupId());
        prepareOffer(pi);

        assertThat(checkCompensationBand.calls()).isEqualTo(2);
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_ANSWER);
        complete(task(), withVariables(VAR_OFFER_ANSWER, OfferAnswer.ACCEPTED.name()));
        assertThat(pi).isEnded().hasPassed(END_EVENT_OFFER_ACCEPTED);
        assertThat(decisionOf(pi)).isEqualTo(DECISION_HIRE);
    }

    @Test
    void shouldEndWithADeclineWhenTheCandidateDeclines() {
        checkCompensationBand.answering(true);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);

        complete(task(TASK_RECORD_ANSWER, pi), withVariables(VAR_OFFER_ANSWER, OfferAnswer.DECLINED.name()));

        assertThat(pi).isEnded().hasPassedInOrder(TASK_RECORD_ANSWER, GATEWAY_OFFER_ANSWER, END_EVENT_OFFER_DECLINED);
        assertThat(decisionOf(pi)).isEqualTo(DECISION_OFFER_DECLINED);
    }

    @Test
    void shouldExpireAnOfferAfterSevenDaysWithoutAnAnswer() {
        checkCompensationBand.answering(true);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);
        assertThat(pi).isWaitingAt(TASK_RECORD_ANSWER);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(OFFER_VALID_FOR).minusSeconds(60)));
        assertThat(jobQuery().timers().executable().count()).as("not a minute early").isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(OFFER_VALID_FOR)));
        execute(job(TIMER_OFFER_EXPIRED, pi));

        assertThat(pi).isEnded().hasPassedInOrder(TIMER_OFFER_EXPIRED, TASK_EXPIRE_OFFER, END_EVENT_OFFER_EXPIRED)
                .hasNotPassed(GATEWAY_OFFER_ANSWER);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).as("no answer can be recorded").isZero();
        assertThat(expireOffer.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(VAR_OFFER_ID, OFFER).containsEntry(VAR_APPLICATION_ID, APPLICATION));
        assertThat(decisionOf(pi)).isEqualTo(DECISION_OFFER_EXPIRED);
    }

    @Test
    @Deployment(resources = {HiringProcess.RESOURCE, DecideAndOffer.RESOURCE, VoteRule.RESOURCE, CompensationBand.RESOURCE,
            STUB_LOOP_RESOURCE})
    void shouldHandAnAcceptedOfferToOnboardingAndADeclinedOneToNoHire() {
        Mocks.register(HiringProcess.BEAN_SLA_DATES, new SlaDatesStub());
        RecordingDelegate handOffToOnboarding = RecordingDelegate.register(HiringProcess.BEAN_HAND_OFF_TO_ONBOARDING);
        RecordingDelegate recordRejection = RecordingDelegate.register(HiringProcess.BEAN_RECORD_REJECTION);
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name(), VoteRule.Outcome.HIRE.name());
        checkCompensationBand.answering(true, true);

        ProcessInstance accepted = hireThroughTheHiringProcess(1L, OfferAnswer.ACCEPTED);
        ProcessInstance declined = hireThroughTheHiringProcess(2L, OfferAnswer.DECLINED);

        assertThat(accepted).isWaitingAt(HiringProcess.TASK_HAND_OFF_TO_ONBOARDING);
        assertThat(declined).isWaitingAt(HiringProcess.TASK_RECORD_NO_HIRE);
        execute(job(HiringProcess.TASK_HAND_OFF_TO_ONBOARDING, accepted));
        execute(job(HiringProcess.TASK_RECORD_NO_HIRE, declined));
        assertThat(handOffToOnboarding.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(HiringProcess.VAR_APPLICATION_ID, 1L).containsEntry(VAR_DECISION, DECISION_HIRE));
        assertThat(recordRejection.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(HiringProcess.VAR_APPLICATION_ID, 2L).containsEntry(VAR_DECISION, DECISION_OFFER_DECLINED));
    }

    @Test
    void shouldLinkTheInstanceToTheDecisionsOfItsVotingRuleAndItsBand() {
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name());
        checkCompensationBand.answering(true);
        ProcessInstance pi = start();
        execute(job(TASK_APPLY_VOTING_RULE, pi));
        prepareOffer(pi);

        List<HistoricDecisionInstance> decisions = historyService().createHistoricDecisionInstanceQuery()
                .processInstanceId(pi.getId()).includeInputs().includeOutputs().orderByEvaluationTime().asc().list();
        assertThat(decisions).extracting(HistoricDecisionInstance::getDecisionDefinitionKey)
                .containsExactly(VoteRule.KEY, CompensationBand.KEY);
        assertThat(decisions).extracting(HistoricDecisionInstance::getActivityId)
                .containsExactly(TASK_APPLY_VOTING_RULE, TASK_CHECK_BAND);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.getProcessInstanceId()).isEqualTo(pi.getId());
            assertThat(decision.getProcessDefinitionKey()).isEqualTo(KEY);
            assertThat(decision.getActivityInstanceId()).isNotNull();
        });
        assertThat(decisions.get(0).getOutputs()).anySatisfy(output -> {
            assertThat(output.getVariableName()).isEqualTo(VoteRule.OUTPUT_OUTCOME);
            assertThat(output.getValue()).isEqualTo(VoteRule.Outcome.HIRE.name());
        });
        assertThat(decisions.get(0).getInputs()).extracting(input -> input.getValue())
                .containsExactlyInAnyOrder(TEAM, 3, 0, 0, 3);
    }

    @Test
    void shouldKeepTheRulesInputsLocalToTheirBusinessRuleTasks() {
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name());
        checkCompensationBand.answering(false);
        ProcessInstance pi = start();
        execute(job(TASK_APPLY_VOTING_RULE, pi));
        prepareOffer(pi);

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_OFFER);
        assertThat(runtimeService().getVariables(pi.getId()))
                .containsEntry(VAR_VOTE_OUTCOME, VoteRule.Outcome.HIRE.name())
                .containsEntry(VAR_OFFER_IN_BAND, false)
                .doesNotContainKeys(VoteRule.INPUT_PLUS_ONES, VoteRule.INPUT_ZEROS, VoteRule.INPUT_MINUS_ONES,
                        VoteRule.INPUT_VOTES, CompensationBand.INPUT_CURRENCY, CompensationBand.INPUT_ANNUAL_AMOUNT,
                        VAR_DECISION_RESULT);
    }

    @Test
    void shouldRemindTheHiringManagerOfADueDebriefAndThenTellTheRecruiters() {
        ProcessInstance pi = startUntilDebrief();

        followUp(pi, TASK_DEBRIEF, SlaProperties.DEBRIEF, 2, 4, TIMER_DEBRIEF_REMINDER, TASK_REMIND_DEBRIEF,
                END_EVENT_DEBRIEF_REMINDED, TIMER_DEBRIEF_ESCALATION, TASK_ESCALATE_DEBRIEF, END_EVENT_DEBRIEF_ESCALATED,
                "notification.debrief", TaskDeadlines.TELL_RECRUITERS);
    }

    @Test
    void shouldRemindTheRecruitersOfADueOfferAndThenTellTheHiringManager() {
        ProcessInstance pi = startUntilOffer();

        followUp(pi, TASK_PREPARE_OFFER, SlaProperties.PREPARE_OFFER, 2, 4, TIMER_PREPARE_OFFER_REMINDER,
                TASK_REMIND_PREPARE_OFFER, END_EVENT_PREPARE_OFFER_REMINDED, TIMER_PREPARE_OFFER_ESCALATION,
                TASK_ESCALATE_PREPARE_OFFER, END_EVENT_PREPARE_OFFER_ESCALATED, "notification.prepareOffer",
                TaskDeadlines.TELL_HIRING_MANAGER);
    }

    @Test
    void shouldRemindTheHiringManagerOfADueApprovalAndThenTellTheRecruiters() {
        checkCompensationBand.answering(false);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);

        followUp(pi, TASK_APPROVE_OFFER, SlaProperties.APPROVE_OFFER, 1, 3, TIMER_APPROVE_OFFER_REMINDER,
                TASK_REMIND_APPROVE_OFFER, END_EVENT_APPROVE_OFFER_REMINDED, TIMER_APPROVE_OFFER_ESCALATION,
                TASK_ESCALATE_APPROVE_OFFER, END_EVENT_APPROVE_OFFER_ESCALATED, "notification.approveOffer",
                TaskDeadlines.TELL_RECRUITERS);
    }

    @Test
    void shouldMakeTheCandidatesAnswerDueWhenTheOfferExpires() {
        checkCompensationBand.answering(true);
        ProcessInstance pi = startUntilOffer();
        prepareOffer(pi);

        assertThat(task(TASK_RECORD_ANSWER, pi)).hasDueDate(Date.from(NOW.plus(OFFER_VALID_FOR)));
        assertThat(job(TIMER_OFFER_EXPIRED, pi)).hasDueDate(Date.from(NOW.plus(OFFER_VALID_FOR)));
    }

    /**
     * The task waiting in {@code pi} is due {@code dueDays} (the default of {@code sla}) after it opened, now; its
     * reminder fires then, its escalation {@code escalationDays} after it opened, and the task waits on.
     */
    private void followUp(ProcessInstance pi, String task, String sla, int dueDays, int escalationDays,
                          String reminderTimer, String remind, String reminded, String escalationTimer,
                          String escalate, String escalated, String messagePrefix, String tell) {
        Instant opened = ClockUtil.getCurrentTime().toInstant();
        assertThat(SlaDatesStub.dueDays(sla)).isEqualTo(dueDays);
        assertThat(SlaDatesStub.escalationDays(sla)).isEqualTo(escalationDays);
        Date due = Date.from(opened.plus(Duration.ofDays(dueDays)));
        Date escalation = Date.from(opened.plus(Duration.ofDays(escalationDays)));
        assertThat(task(task, pi)).hasDueDate(due);
        assertThat(job(reminderTimer, pi)).hasDueDate(due);
        assertThat(job(escalationTimer, pi)).hasDueDate(escalation);

        ClockUtil.setCurrentTime(due);
        execute(job(reminderTimer, pi));
        assertThat(pi).isWaitingAtExactly(task).hasPassedInOrder(reminderTimer, remind, reminded).hasNotPassed(escalate);
        assertThat(remindTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, task)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, messagePrefix + ".reminder"));

        ClockUtil.setCurrentTime(escalation);
        execute(job(escalationTimer, pi));
        assertThat(pi).isWaitingAtExactly(task).hasPassedInOrder(escalationTimer, escalate, escalated);
        assertThat(escalateTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, task)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, messagePrefix + ".escalated")
                .containsEntry(TaskDeadlines.INPUT_TELL, tell));
        assertThat(remindTask.calls().get(0).variables()).as("the follow-ups' inputs stay local")
                .doesNotContainKey(TaskDeadlines.INPUT_TELL);
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(TaskDeadlines.INPUT_TASK,
                TaskDeadlines.INPUT_MESSAGE, TaskDeadlines.INPUT_TELL);
    }

    private ProcessInstance hireThroughTheHiringProcess(long applicationId, OfferAnswer answer) {
        ProcessInstance hiring = runtimeService().startProcessInstanceByKey(HiringProcess.KEY,
                HiringProcess.businessKey(applicationId),
                HiringProcess.startVariables(applicationId, REQUISITION, TEAM, STUB_LOOP, HIRING_MANAGER));
        complete(task(HiringProcess.TASK_SCREEN, hiring),
                withVariables(HiringProcess.VAR_SCREENING, HiringProcess.SCREENING_ADVANCE));
        execute(job(HiringProcess.CALL_ACTIVITY_TEAM_LOOP, hiring));
        complete(task(STUB_LOOP_TASK, calledProcessInstance(STUB_LOOP, hiring)));
        ProcessInstance pi = calledProcessInstance(KEY, hiring);
        assertThat(pi).hasBusinessKey(HiringProcess.businessKey(applicationId));
        execute(job(TASK_APPLY_VOTING_RULE, pi));
        prepareOffer(pi);
        complete(task(TASK_RECORD_ANSWER, pi), withVariables(VAR_OFFER_ANSWER, answer.name()));
        assertThat(pi).isEnded();
        return hiring;
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(VAR_APPLICATION_ID, APPLICATION, VAR_REQUISITION_ID, REQUISITION, VAR_TEAM, TEAM,
                        VAR_HIRING_MANAGER, HIRING_MANAGER));
    }

    private ProcessInstance startUntilDebrief() {
        applyVotingRule.answering(VoteRule.Outcome.DEBRIEF.name());
        ProcessInstance pi = start();
        execute(job(TASK_APPLY_VOTING_RULE, pi));
        assertThat(pi).isWaitingAtExactly(TASK_DEBRIEF);
        return pi;
    }

    private ProcessInstance startUntilOffer() {
        applyVotingRule.answering(VoteRule.Outcome.HIRE.name());
        ProcessInstance pi = start();
        execute(job(TASK_APPLY_VOTING_RULE, pi));
        assertThat(pi).isWaitingAtExactly(TASK_PREPARE_OFFER);
        return pi;
    }

    /** The recruiter saves the offer; the band is checked in its own job. */
    private static void prepareOffer(ProcessInstance pi) {
        complete(task(TASK_PREPARE_OFFER, pi), withVariables(VAR_OFFER_ID, OFFER));
        execute(job(TASK_CHECK_BAND, pi));
    }

    /** Scheduled, held, and every interviewer's feedback in (each counted in its own job). */
    private static void runInterview(ProcessInstance stage) {
        Instant end = NOW.plusSeconds(86_400);
        complete(task(InterviewStage.TASK_SCHEDULE_INTERVIEW, stage),
                withVariables(InterviewStage.VAR_INTERVIEW_ID, 5L, InterviewStage.VAR_INTERVIEW_END, Date.from(end)));
        ClockUtil.setCurrentTime(Date.from(end));
        execute(job(InterviewStage.EVENT_INTERVIEW_OVER, stage));
        taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list()
                .forEach(feedback -> complete(feedback));
        jobQuery().processInstanceId(stage.getId()).messages().list().forEach(job -> execute(job));
    }

    private static Object decisionOf(ProcessInstance pi) {
        HistoricVariableInstance decision = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(VAR_DECISION).singleResult();
        assertThat(decision).as("decision of " + pi.getId()).isNotNull();
        return decision.getValue();
    }
}
