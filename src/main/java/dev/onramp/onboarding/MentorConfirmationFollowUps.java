package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.tasklist.Notifications;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Follow-ups of the steps before the mentor tasks. {@code Task_ConfirmMentor}: when due the manager is reminded
 * ({@code remindManagerToConfirmMentor}); later the team lead is told ({@code tellTeamLeadMentorUnconfirmed}: the lead
 * of the new hire's team, else the team's hiring manager, else the admins). {@code Task_AcceptMentee}: no answer
 * by the due date is a decline with the reason {@value #NO_ANSWER} ({@code recordMenteeNoAnswer}), and the process
 * suggests again without that mentor.
 */
@Configuration(proxyBeanMethods = false)
class MentorConfirmationFollowUps {

    /** The reason kept in mentor_decline when the mentor did not answer in time. */
    static final String NO_ANSWER = "no answer";

    @Bean(OnboardingProcess.BEAN_REMIND_MANAGER_TO_CONFIRM_MENTOR)
    JavaDelegate remindManagerToConfirmMentor(TaskService tasks, PersonRepository people, Notifications notifications) {
        return execution -> openConfirmation(tasks, execution).ifPresent(task -> {
            Person manager = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MANAGER));
            Person hire = people.get((Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID));
            notifications.notifyAndMail(List.of(manager.id()), "notification.onboarding.confirmMentorDue",
                    "/tasks/" + task.getId(), hire.displayName());
        });
    }

    @Bean(OnboardingProcess.BEAN_TELL_TEAM_LEAD_MENTOR_UNCONFIRMED)
    JavaDelegate tellTeamLeadMentorUnconfirmed(TaskService tasks, PersonRepository people, TeamRepository teams,
                                               Notifications notifications) {
        return execution -> openConfirmation(tasks, execution).ifPresent(task -> {
            Person manager = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MANAGER));
            Person hire = people.get((Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID));
            Optional<Team> team = Optional.ofNullable(hire.teamId()).flatMap(teams::findById);
            List<Long> told = team.map(Team::leadId).or(() -> team.map(Team::hiringManagerId)).map(List::of)
                    .orElseGet(() -> people.findByRole(Role.ADMIN).stream().map(Person::id).toList());
            // no link: a team lead may see neither the application nor the new hire's pages; the text says who and what
            notifications.notifyAndMail(told, "notification.onboarding.confirmMentorOverdue", null,
                    manager.displayName(), hire.displayName());
        });
    }

    @Bean(OnboardingProcess.BEAN_RECORD_MENTEE_NO_ANSWER)
    JavaDelegate recordMenteeNoAnswer(MentoringRepository mentoring, PersonRepository people, Clock clock) {
        return execution -> {
            long newHireId = (Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID);
            Person mentor = person(people, (String) execution.getVariable(OnboardingProcess.VAR_MENTOR));
            mentoring.insertDecline(newHireId, mentor.id(), NO_ANSWER, clock.instant());
            execution.setVariable(OnboardingProcess.VAR_MENTEE_ACCEPTED, false);
        };
    }

    private static Optional<Task> openConfirmation(TaskService tasks, DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(OnboardingProcess.TASK_CONFIRM_MENTOR).list().stream().findFirst();
    }

    private static Person person(PersonRepository people, String username) {
        return people.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no person with username " + username));
    }
}
