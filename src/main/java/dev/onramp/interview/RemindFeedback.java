package dev.onramp.interview;

import dev.onramp.people.PersonRepository;
import dev.onramp.tasklist.Notifications;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminds each interviewer of a stage who has not submitted feedback yet: the assignees of the stage's open
 * {@value InterviewStage#TASK_SUBMIT_FEEDBACK} tasks, each with a link to their own task, in the app and by mail.
 */
@Component(InterviewStage.BEAN_REMIND_FEEDBACK)
class RemindFeedback implements JavaDelegate {

    private final StageNotices notices;
    private final PersonRepository people;
    private final Notifications notifications;
    private final TaskService tasks;

    RemindFeedback(StageNotices notices, PersonRepository people, Notifications notifications, TaskService tasks) {
        this.notices = notices;
        this.people = people;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StageNotices.Stage stage = notices.stage(execution);
        List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).taskAssigned().list();
        for (Task task : open) {
            people.findByUsername(task.getAssignee()).ifPresent(interviewer ->
                    notifications.notifyAndMail(List.of(interviewer.id()), "notification.feedback.reminder",
                            "/tasks/" + task.getId(), stage.name(), stage.requisitionTitle()));
        }
    }
}
