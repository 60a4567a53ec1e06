package dev.onramp.onboarding;

import dev.onramp.mentor.Assessment;
import dev.onramp.mentor.Ineligibility;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code Task_ConfirmMentor}: the manager picks one of the top three, or, when nobody is eligible, sees why
 * not and picks anyone the rules allow. Every pick (form or API) goes through {@code MentorMatcher.assess}.
 */
@Controller
class ConfirmMentorController {

    static final String VIEW = "onboarding/confirm-mentor";

    private final OnboardingTasks tasks;
    private final MentorChoice choice;
    private final MentoringRepository mentoring;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final Clock clock;

    ConfirmMentorController(OnboardingTasks tasks, MentorChoice choice, MentoringRepository mentoring,
                            PersonRepository people, TeamRepository teams, Clock clock) {
        this.tasks = tasks;
        this.choice = choice;
        this.mentoring = mentoring;
        this.people = people;
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_CONFIRM_MENTOR)
    String initConfirmForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_CONFIRM_MENTOR, me);
        model.addAttribute("confirmMentorForm", new ConfirmMentorForm(null));
        return form(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_CONFIRM_MENTOR)
    String processConfirmForm(@PathVariable String taskId, ConfirmMentorForm confirmMentorForm, BindingResult result,
                              @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_CONFIRM_MENTOR, me);
        if (result.hasErrors()) { // a mentor id that is not a number
            return form(task, me, model);
        }
        long newHireId = tasks.newHireId(task);
        Optional<Person> mentor = Optional.ofNullable(confirmMentorForm.mentorId()).flatMap(people::findById);
        if (confirmMentorForm.mentorId() == null) {
            result.rejectValue("mentorId", "onboarding.confirm.mentor.required");
        } else if (mentor.isEmpty()) {
            result.rejectValue("mentorId", "onboarding.confirm.mentor.unknown");
        } else {
            for (Ineligibility reason : choice.assess(newHireId, mentor.get()).reasons()) {
                result.rejectValue("mentorId", "onboarding.confirm.mentor.notAllowed",
                        new Object[] {new DefaultMessageSourceResolvable(reason.messageKey())}, null);
            }
        }
        if (result.hasErrors()) {
            return form(task, me, model);
        }
        tasks.complete(task, me, Map.of(OnboardingProcess.VAR_MENTOR, mentor.get().username()));
        redirect.addFlashAttribute("flash", "onboarding.confirm.done");
        return "redirect:/tasks";
    }

    private String form(Task task, OnrampUser me, Model model) {
        long newHireId = tasks.newHireId(task);
        Person hire = people.get(newHireId);
        boolean found = Boolean.TRUE.equals(tasks.variable(task, OnboardingProcess.VAR_MENTOR_CANDIDATES_FOUND));
        model.addAttribute("task", task);
        model.addAttribute("hire", hire);
        model.addAttribute("team", hire.teamId() == null ? null : teams.get(hire.teamId()));
        model.addAttribute("hireNow", ZonedDateTime.now(clock.withZone(hire.timeZone())));
        model.addAttribute("declines", mentoring.declines(newHireId).stream()
                .map(d -> new DeclineView(people.get(d.mentorId()).displayName(), d.reason(),
                        d.declinedAt().atZone(me.timeZone()))).toList());
        List<SuggestionView> suggestions = List.of();
        if (found) {
            // the process's suggestions, each measured again now: since they were made, a suggested mentor may have
            // reached their mentee limit (other new hires' mentors accept meanwhile) and would be refused on submit
            List<MentoringRepository.SuggestionRow> latest = mentoring.latestSuggestions(newHireId);
            Map<Long, Person> byId = byId(people.findByIds(latest.stream()
                    .map(MentoringRepository.SuggestionRow::mentorId).toList()));
            suggestions = latest.stream().map(s -> byId.get(s.mentorId()))
                    .map(p -> new SuggestionView(p, choice.assess(newHireId, p))).toList();
            found = suggestions.stream().anyMatch(SuggestionView::eligible);
        }
        model.addAttribute("candidatesFound", found);
        model.addAttribute("suggestions", suggestions);
        if (!found) {
            List<Assessment> whyNot = choice.assessMentors(newHireId);
            model.addAttribute("whyNot", whyNot);
            model.addAttribute("people", people.findAll().stream().filter(p -> p.id() != newHireId).toList());
        }
        return VIEW;
    }

    /** A mentor who declined this new hire, why, and when (in the viewer's zone). */
    record DeclineView(String mentor, String reason, ZonedDateTime at) {
    }

    private static Map<Long, Person> byId(List<Person> people) {
        return people.stream().collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    }

    /** What the manager submits: the mentor's person id. */
    record ConfirmMentorForm(Long mentorId) {
    }

    /**
     * A suggestion with its person, the facts for it as they are now (overlap, mentees, team, panel), and the rules
     * it breaks now (none when it can still be picked).
     */
    record SuggestionView(Person person, Assessment now) {

        public boolean eligible() {
            return now.eligible();
        }

        public dev.onramp.mentor.Suggestion facts() {
            return now.suggestion();
        }

        public List<Ineligibility> reasons() {
            return now.reasons();
        }
    }
}
