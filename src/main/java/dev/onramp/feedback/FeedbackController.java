package dev.onramp.feedback;

import dev.onramp.interview.InterviewStage;
import dev.onramp.people.OnrampUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interviewer's feedback form on their task ({@code /tasks/{id}/feedback}: save a draft, or submit), one
 * feedback read-only ({@code /feedback/{id}}) and an application's scorecard ({@code /applications/{id}/scorecard},
 * for interviewers, who cannot open the application page). Who sees what is {@link FeedbackVisibility}'s rule.
 */
@Controller
class FeedbackController {

    static final String FORM_VIEW = "feedback/form";
    static final String VIEW = "feedback/view";
    static final String SCORECARD_VIEW = "feedback/scorecard-page";
    static final String SUBMITTED_VIEW = "feedback/submitted";
    static final String PATH = "/tasks/{taskId}/" + InterviewStage.FORM_FEEDBACK;
    /** The value of the submit button ({@code action}); anything else saves a draft. */
    static final String SUBMIT = "submit";

    private final Feedbacks feedbacks;
    private final Scorecards scorecards;
    private final FeedbackFormValidator validator;

    FeedbackController(Feedbacks feedbacks, Scorecards scorecards, FeedbackFormValidator validator) {
        this.feedbacks = feedbacks;
        this.scorecards = scorecards;
        this.validator = validator;
    }

    @GetMapping(PATH)
    String initFeedbackForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        FeedbackTask t = feedbacks.load(taskId, me);
        model.addAttribute("feedbackForm", FeedbackForm.of(feedbacks.mine(t, me)));
        return form(t, model);
    }

    @PostMapping(PATH)
    String processFeedbackForm(@PathVariable String taskId, FeedbackForm feedbackForm, BindingResult result,
                               @RequestParam(name = "action", required = false) String action,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect,
                               HttpServletResponse response) {
        FeedbackTask t = feedbacks.load(taskId, me);
        boolean submitting = SUBMIT.equals(action);
        boolean tampered = validator.check(feedbackForm, t.stage().focus(), submitting, result);
        if (result.hasErrors()) {
            if (tampered) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return form(t, model);
        }
        if (!submitting) {
            feedbacks.saveDraft(t, feedbackForm, me);
            redirect.addFlashAttribute("flash", "feedback.draftSaved");
            return "redirect:/tasks/" + taskId + "/" + InterviewStage.FORM_FEEDBACK;
        }
        feedbacks.submit(t, feedbackForm, me);
        redirect.addFlashAttribute("flash", "feedback.submitted");
        return "redirect:/interviews";
    }

    @GetMapping("/feedback/{id}")
    String showFeedback(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("view", scorecards.requireFeedback(id, me));
        return VIEW;
    }

    @GetMapping("/applications/{id}/scorecard")
    String showScorecard(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("scorecard", scorecards.requireScorecard(id, me));
        return SCORECARD_VIEW;
    }

    /** A save or submit of feedback that is already submitted: read-only now, nothing changed. */
    @ExceptionHandler(FeedbackSubmittedException.class)
    String alreadySubmitted(FeedbackSubmittedException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("feedbackId", e.feedbackId());
        return SUBMITTED_VIEW;
    }

    private String form(FeedbackTask t, Model model) {
        model.addAttribute("task", t.task());
        model.addAttribute("app", t.application()); // not "application": Thymeleaf reserves that name
        model.addAttribute("stage", t.stage());
        model.addAttribute("stageName", t.interview().stageName());
        model.addAttribute("notesForNext", feedbacks.notesFromEarlierStages(t));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("votes", Vote.values());
        return FORM_VIEW;
    }
}
