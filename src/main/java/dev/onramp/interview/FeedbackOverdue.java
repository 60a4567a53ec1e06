package dev.onramp.interview;

import dev.onramp.tasklist.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The vote window of a stage closed with feedback still missing: the recruiters hear of it. */
@Component(InterviewStage.BEAN_FEEDBACK_OVERDUE)
class FeedbackOverdue implements JavaDelegate {

    private final StageNotices notices;
    private final Notifications notifications;

    FeedbackOverdue(StageNotices notices, Notifications notifications) {
        this.notices = notices;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StageNotices.Stage stage = notices.stage(execution);
        notifications.notify(notices.recruiters(), "notification.feedback.overdue", stage.applicationLink(),
                stage.name(), stage.requisitionTitle(), stage.applicationId());
    }
}
