package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.tasklist.Notifications;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mentor task timers: at the due date the mentor is reminded ({@code remindMentor}); two working days
 * later the new hire's manager hears that it is still open ({@code tellManagerMentorTaskOverdue}). The
 * mentor tasks run one after another ({@code Task_MentorTask} of a sequential multi-instance), so the open one is
 * the one the timer belongs to.
 */
@Configuration(proxyBeanMethods = false)
class MentorTaskNotifications {

    @Bean(OnboardingProcess.BEAN_REMIND_MENTOR)
    JavaDelegate remindMentor(TaskService tasks, PersonRepository people, Notifications notifications) {
        return execution -> openMentorTask(tasks, execution).ifPresent(task -> {
            Person mentor = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MENTOR));
            Person hire = people.get((Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID));
            notifications.notifyAndMail(List.of(mentor.id()), "notification.onboarding.mentorTaskDue", "/tasks/" + task.getId(),
                    task.getName(), hire.displayName());
        });
    }

    @Bean(OnboardingProcess.BEAN_TELL_MANAGER_MENTOR_TASK_OVERDUE)
    JavaDelegate tellManagerMentorTaskOverdue(TaskService tasks, PersonRepository people, Notifications notifications) {
        return execution -> openMentorTask(tasks, execution).ifPresent(task -> {
            Person manager = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MANAGER));
            Person mentor = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MENTOR));
            Person hire = people.get((Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID));
            notifications.notifyAndMail(List.of(manager.id()), "notification.onboarding.mentorTaskOverdue",
                    "/welcome/" + hire.id(), task.getName(), mentor.displayName(), hire.displayName());
        });
    }

    private static java.util.Optional<Task> openMentorTask(TaskService tasks, DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(OnboardingProcess.TASK_MENTOR_TASK).list().stream().findFirst();
    }

    private static Person person(PersonRepository people, String username) {
        return people.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no person with username " + username));
    }
}
