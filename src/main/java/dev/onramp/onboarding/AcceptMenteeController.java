package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code Task_AcceptMentee}: the mentor accepts, or declines with a reason. The reason stays in our table
 * (mentor_decline); the process only learns {@code menteeAccepted} and suggests again without this mentor.
 */
@Controller
class AcceptMenteeController {

    static final String VIEW = "onboarding/accept-mentee";
    static final String ACCEPT = "ACCEPT";
    static final String DECLINE = "DECLINE";
    static final int REASON_MAX = 1000;

    private final OnboardingTasks tasks;
    private final MentorChoice choice;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final Clock clock;

    AcceptMenteeController(OnboardingTasks tasks, MentorChoice choice, PersonRepository people, TeamRepository teams, Clock clock) {
        this.tasks = tasks;
        this.choice = choice;
        this.people = people;
        this.teams = teams;
        this.clock = clock;
    }

    @InitBinder("acceptMenteeForm")
    void initAcceptBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_ACCEPT_MENTEE)
    String initAcceptForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_ACCEPT_MENTEE, me);
        model.addAttribute("acceptMenteeForm", new AcceptMenteeForm(null, null));
        return form(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_ACCEPT_MENTEE)
    String processAcceptForm(@PathVariable String taskId, AcceptMenteeForm acceptMenteeForm, BindingResult result,
                                    @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_ACCEPT_MENTEE, me);
        String decision = acceptMenteeForm.decision();
        if (!ACCEPT.equals(decision) && !DECLINE.equals(decision)) {
            result.rejectValue("decision", "onboarding.accept.decision.required");
        }
        if (DECLINE.equals(decision) && acceptMenteeForm.reason() == null) {
            result.rejectValue("reason", "onboarding.accept.reason.required");
        }
        if (acceptMenteeForm.reason() != null && acceptMenteeForm.reason().length() > REASON_MAX) {
            result.rejectValue("reason", "onboarding.tooLong", new Object[] {String.valueOf(REASON_MAX)}, null);
        }
        if (result.hasErrors()) {
            return form(task, me, model);
        }
        boolean accepted = ACCEPT.equals(decision);
        if (accepted) {
            // the limit counts at the accept, when the mentee becomes theirs: two requests confirmed while the mentor
            // was under it must not both be accepted. Refused: the task stays open (decline, or a mentorship ends
            // meanwhile; no answer by the due date counts as a decline and the manager gets new suggestions).
            Person mentor = people.findByUsername(tasks.mentor(task))
                    .orElseThrow(() -> new IllegalStateException("the task's mentor is not a person"));
            int limit = choice.menteeLimit(mentor);
            if (!tasks.acceptMentee(task, mentor.id(), limit, me)) {
                result.rejectValue("decision", "onboarding.accept.atLimit", new Object[] {limit}, null);
                return form(task, me, model);
            }
        } else {
            tasks.declineMentee(task, me, acceptMenteeForm.reason());
        }
        redirect.addFlashAttribute("flash", accepted ? "onboarding.accept.accepted" : "onboarding.accept.declined");
        return accepted ? "redirect:/mentees" : "redirect:/tasks";
    }

    private String form(Task task, OnrampUser me, Model model) {
        Person hire = people.get(tasks.newHireId(task));
        model.addAttribute("task", task);
        model.addAttribute("hire", hire);
        model.addAttribute("team", hire.teamId() == null ? null : teams.get(hire.teamId()));
        model.addAttribute("manager", hire.managerId() == null ? null : people.get(hire.managerId()));
        model.addAttribute("hireNow", ZonedDateTime.now(clock.withZone(hire.timeZone())));
        model.addAttribute("startDate", hire.startedOn());
        model.addAttribute("overlapHours", choice.assess(hire.id(), people.get(me.personId())).suggestion().overlapHours());
        return VIEW;
    }

    /** {@code decision} is ACCEPT or DECLINE; a decline needs a reason. */
    record AcceptMenteeForm(String decision, String reason) {
    }
}
