package dev.onramp.interview;

import dev.onramp.tasklist.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A take-home was not submitted by its due date: the recruiters hear of it. */
@Component(TakeHomeStage.BEAN_TAKE_HOME_OVERDUE)
class TakeHomeOverdue implements JavaDelegate {

    private final StageNotices notices;
    private final Notifications notifications;

    TakeHomeOverdue(StageNotices notices, Notifications notifications) {
        this.notices = notices;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StageNotices.Stage stage = notices.stage(execution);
        notifications.notify(notices.recruiters(), "notification.takehome.late", stage.applicationLink(),
                stage.name(), stage.requisitionTitle(), stage.applicationId());
    }
}
