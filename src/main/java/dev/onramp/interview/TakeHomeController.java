package dev.onramp.interview;

import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.Forms;
import dev.onramp.system.OutOfRangeException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The {@value TakeHomeStage#FORM_SEND_TAKE_HOME} form (reviewers, and the due date computed in the candidate's
 * zone), and the recruiter's "take-home received" on the application page, which tells the waiting stage.
 */
@Controller
class TakeHomeController {

    static final String VIEW = "interview/takehome-send";
    static final String PATH = "/tasks/{taskId}/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
    static final String RECRUITERS = "hasAnyRole('RECRUITER', 'ADMIN')";

    private final InterviewScheduling scheduling;
    private final TakeHomes takeHomes;
    private final ApplicationRepository applications;

    TakeHomeController(InterviewScheduling scheduling, TakeHomes takeHomes, ApplicationRepository applications) {
        this.scheduling = scheduling;
        this.takeHomes = takeHomes;
        this.applications = applications;
    }

    @GetMapping(PATH)
    String initTakeHomeForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        StageTask t = scheduling.load(taskId, me, TakeHomeStage.FORM_SEND_TAKE_HOME);
        List<PoolMember> pool = scheduling.pool(t);
        InterviewerPicks reviewers = proposed(t, pool, List.of());
        model.addAttribute("takeHomeForm", new TakeHomeForm(
                reviewers.chosen().stream().map(PoolMember::personId).toList()));
        return page(t, pool, reviewers, me, model);
    }

    @PostMapping(PATH)
    String processTakeHomeForm(@PathVariable String taskId, TakeHomeForm takeHomeForm, BindingResult result,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        StageTask t = scheduling.load(taskId, me, TakeHomeStage.FORM_SEND_TAKE_HOME);
        List<PoolMember> pool = scheduling.pool(t);
        if (Forms.notConverted(result) || !scheduling.check(takeHomeForm, pool, result)) {
            return page(t, pool, proposed(t, pool, takeHomeForm.reviewers()), me, model);
        }
        try {
            scheduling.sendTakeHome(t, takeHomeForm.reviewers(), me);
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return page(t, pool, proposed(t, pool, takeHomeForm.reviewers()), me, model);
        } // completed meanwhile by someone else: tasklist's TaskErrors answers 409
        redirect.addFlashAttribute("flash", "takehome.sent");
        return "redirect:/applications/" + t.application().id();
    }

    /** The candidate says they have sent their take-home: the reviewers' feedback starts. */
    @PostMapping("/applications/{id}/take-home-received")
    @PreAuthorize(RECRUITERS)
    String takeHomeReceived(@PathVariable long id, RedirectAttributes redirect) {
        applications.get(id);
        if (receivedNow(id)) {
            redirect.addFlashAttribute("flash", "takehome.received");
        } else {
            redirect.addFlashAttribute("flashError", "takehome.notWaiting");
        }
        return "redirect:/applications/" + id;
    }

    /**
     * Whether this request told the stage; false also when another recruiter marked the same take-home received at the
     * same moment (the engine's optimistic lock on the message subscription): theirs counted, nothing is left to do.
     */
    private boolean receivedNow(long id) {
        try {
            return takeHomes.received(id);
        } catch (OptimisticLockingException e) {
            return false;
        }
    }

    private InterviewerPicks proposed(StageTask t, List<PoolMember> pool, List<Long> chosen) {
        int needed = Math.max(1, Math.min(t.stage().panelSize(), InterviewScheduling.MAX_REVIEWERS));
        return scheduling.panel(t, pool, chosen, needed);
    }

    private String page(StageTask t, List<PoolMember> pool, InterviewerPicks reviewers, OnrampUser me, Model model) {
        StageForms.describe(t, pool, reviewers, me, model);
        Instant due = scheduling.takeHomeDue(t.candidateZone());
        model.addAttribute("dueCandidate", due.atZone(t.candidateZone()));
        model.addAttribute("dueViewer", due.atZone(me.timeZone()));
        model.addAttribute("takeHomeDays", InterviewScheduling.TAKE_HOME_DAYS);
        model.addAttribute("maxReviewers", InterviewScheduling.MAX_REVIEWERS);
        return VIEW;
    }
}
