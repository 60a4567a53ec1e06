package dev.onramp.interview;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.SlaDatesStub;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * TEMPORARY stand-ins for process beans another branch is writing (slaDates and the JavaDelegates the
 * hiring and stage processes call). Delete this class, and its {@code @Import}s in {@link ScheduleFormTest}
 * and {@link MyInterviewsTest}, once the real beans are merged: a duplicate bean name will fail the context.
 */
@TestConfiguration(proxyBeanMethods = false)
class StandInProcessBeans {

    private static final JavaDelegate NOTHING = execution -> { };

    @Bean(HiringProcess.BEAN_SLA_DATES)
    SlaDatesStub standInSlaDates() {
        return new SlaDatesStub();
    }

    @Bean(HiringProcess.BEAN_NOTIFY_RECRUITERS)
    JavaDelegate standInNotifyRecruiters() {
        return NOTHING;
    }

    @Bean(HiringProcess.BEAN_ESCALATE_TO_HIRING_MANAGER)
    JavaDelegate standInEscalateToHiringManager() {
        return NOTHING;
    }

    @Bean(HiringProcess.BEAN_RECORD_REJECTION)
    JavaDelegate standInRecordRejection() {
        return NOTHING;
    }

    @Bean(HiringProcess.BEAN_HAND_OFF_TO_ONBOARDING)
    JavaDelegate standInHandOffToOnboarding() {
        return NOTHING;
    }

    @Bean(HiringProcess.BEAN_RECORD_WITHDRAWAL)
    JavaDelegate standInRecordWithdrawal() {
        return NOTHING;
    }

    @Bean(InterviewStage.BEAN_REMIND_FEEDBACK)
    JavaDelegate standInRemindFeedback() {
        return NOTHING;
    }

    @Bean(InterviewStage.BEAN_FEEDBACK_OVERDUE)
    JavaDelegate standInFeedbackOverdue() {
        return NOTHING;
    }

    @Bean(TakeHomeStage.BEAN_TAKE_HOME_OVERDUE)
    JavaDelegate standInTakeHomeOverdue() {
        return NOTHING;
    }
}
