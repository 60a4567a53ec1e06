package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.Applications;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.interview.InterviewLifecycle.Refused;
import dev.onramp.interview.LifecycleForms.CancelForm;
import dev.onramp.interview.LifecycleForms.NoShowForm;
import dev.onramp.interview.LifecycleForms.RescheduleForm;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import dev.onramp.system.Forms;
import dev.onramp.system.TimeZones;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interview's life from its application page: recruiters reschedule (fresh proposals or another time), cancel,
 * or record a no-show, each with a reason; recruiters and the panel mark it held. Who may is checked here and again
 * in {@link InterviewLifecycle}; an interview that changed meanwhile is answered with a message, never changed twice.
 */
@Controller
class InterviewLifecycleController {

    static final String RECRUITERS = "hasAnyRole('RECRUITER', 'ADMIN')";
    static final String RESCHEDULE_VIEW = "interview/reschedule";
    static final String CANCEL_VIEW = "interview/cancel";
    static final String NO_SHOW_VIEW = "interview/no-show";

    private final InterviewLifecycle lifecycle;
    private final InterviewRepository interviews;
    private final Applications applications;
    private final ApplicationRepository applicationRows;
    private final RequisitionRepository requisitions;
    private final SlotFinder slotFinder;
    private final TimeZones timeZones;
    private final Clock clock;

    InterviewLifecycleController(InterviewLifecycle lifecycle, InterviewRepository interviews,
                                 Applications applications, ApplicationRepository applicationRows,
                                 RequisitionRepository requisitions, SlotFinder slotFinder, TimeZones timeZones,
                                 Clock clock) {
        this.lifecycle = lifecycle;
        this.interviews = interviews;
        this.applications = applications;
        this.applicationRows = applicationRows;
        this.requisitions = requisitions;
        this.slotFinder = slotFinder;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    @PostMapping("/interviews/{id}/held")
    String held(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        boolean onPanel = interviews.panel(id).stream().anyMatch(p -> p.personId() == me.personId());
        if (!onPanel && !me.has(Role.RECRUITER) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("only recruiters and the panel mark an interview held");
        }
        try {
            lifecycle.held(id, me);
            redirect.addFlashAttribute("flash", "interview.held.done");
        } catch (Refused e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return back(interview, me);
    }

    @GetMapping("/interviews/{id}/reschedule")
    @PreAuthorize(RECRUITERS)
    String initRescheduleForm(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model,
                              RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (!lifecycle.actions(interview, me).reschedule()) {
            return refused(interview, "interview.notChangeable", redirect);
        }
        List<Slot> slots = slots(interview);
        model.addAttribute("rescheduleForm", new RescheduleForm(
                slots.isEmpty() ? ScheduleForm.OTHER : slots.get(0).start().toString(), null,
                me.timeZone().getId(), null, interview.inviteSequence(), false));
        return reschedulePage(interview, slots, me, model);
    }

    @PostMapping("/interviews/{id}/reschedule")
    @PreAuthorize(RECRUITERS)
    String processRescheduleForm(@PathVariable long id, RescheduleForm rescheduleForm, BindingResult result,
                                 @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (Forms.notConverted(result) && !result.hasFieldErrors("sequence")) {
            return reschedulePage(interview, slots(interview), me, model);
        }
        if (Forms.notConverted(result) || rescheduleForm.sequence() == null) {
            return refused(interview, "interview.changed", redirect);
        }
        checkReason(rescheduleForm.reason(), result);
        Optional<Instant> start = start(rescheduleForm, result);
        if (result.hasErrors() || start.isEmpty()) {
            return reschedulePage(interview, slots(interview), me, model);
        }
        try {
            lifecycle.reschedule(id, rescheduleForm.sequence(), start.get(), rescheduleForm.reason(),
                    rescheduleForm.confirmed(), me);
        } catch (BookingClashException e) {
            String field = rescheduleForm.otherTime() ? "otherStart" : "slot";
            if (!e.clashes().isEmpty()) {
                result.rejectValue(field, "interview.reschedule.clash",
                        new Object[] {slotFinder.buffer().toMinutes()}, null);
            }
            if (!e.outsideHours().isEmpty()) {
                result.rejectValue(field, "interview.reschedule.outsideHours");
            }
            model.addAttribute("clashes", e.clashes().stream()
                    .map(c -> ScheduleController.ClashView.of(c, me.timeZone())).toList());
            model.addAttribute("outsideHours", e.outsideHours().stream()
                    .map(o -> OutsideHoursView.of(o, start.get(), start.get().plus(
                            Duration.between(interview.startsAt(), interview.endsAt())))).toList());
            return reschedulePage(interview, slots(interview), me, model);
        } catch (Refused e) {
            if (e.messageKey().equals("interview.reschedule.past")) {
                result.rejectValue(rescheduleForm.otherTime() ? "otherStart" : "slot", e.messageKey());
                return reschedulePage(interview, slots(interview), me, model);
            }
            return refused(interview, e.messageKey(), redirect);
        }
        redirect.addFlashAttribute("flash", "interview.rescheduled");
        return back(interview, me);
    }

    @GetMapping("/interviews/{id}/cancel")
    @PreAuthorize(RECRUITERS)
    String initCancelForm(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model,
                          RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (!lifecycle.actions(interview, me).cancel()) {
            return refused(interview, "interview.notChangeable", redirect);
        }
        model.addAttribute("cancelForm", new CancelForm(null, interview.inviteSequence()));
        return page(CANCEL_VIEW, interview, me, model);
    }

    @PostMapping("/interviews/{id}/cancel")
    @PreAuthorize(RECRUITERS)
    String processCancelForm(@PathVariable long id, CancelForm cancelForm, BindingResult result,
                             @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (Forms.notConverted(result) || cancelForm.sequence() == null) {
            return refused(interview, "interview.changed", redirect);
        }
        checkReason(cancelForm.reason(), result);
        if (result.hasErrors()) {
            return page(CANCEL_VIEW, interview, me, model);
        }
        try {
            lifecycle.cancel(id, cancelForm.sequence(), cancelForm.reason(), me);
        } catch (Refused e) {
            return refused(interview, e.messageKey(), redirect);
        }
        redirect.addFlashAttribute("flash", "interview.cancelled");
        return back(interview, me);
    }

    @GetMapping("/interviews/{id}/no-show")
    @PreAuthorize(RECRUITERS)
    String initNoShowForm(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model,
                          RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (!lifecycle.actions(interview, me).noShow()) {
            return refused(interview, "interview.noShow.notNow", redirect);
        }
        model.addAttribute("noShowForm", new NoShowForm(InterviewEvent.NoShowOf.CANDIDATE, NoShowForm.RESCHEDULE, null,
                interview.inviteSequence()));
        return page(NO_SHOW_VIEW, interview, me, model);
    }

    @PostMapping("/interviews/{id}/no-show")
    @PreAuthorize(RECRUITERS)
    String processNoShowForm(@PathVariable long id, NoShowForm noShowForm, BindingResult result,
                             @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Interview interview = visible(id, me);
        if (Forms.notConverted(result)) {
            if (result.hasFieldErrors("sequence")) {
                return refused(interview, "interview.changed", redirect);
            }
            return page(NO_SHOW_VIEW, interview, me, model);
        }
        if (noShowForm.sequence() == null) {
            return refused(interview, "interview.changed", redirect);
        }
        if (noShowForm.who() == null) {
            result.rejectValue("who", "interview.noShow.who.required");
        }
        if (!NoShowForm.RESCHEDULE.equals(noShowForm.then()) && !NoShowForm.END.equals(noShowForm.then())) {
            result.rejectValue("then", "interview.noShow.then.required");
        }
        checkReason(noShowForm.reason(), result);
        if (result.hasErrors()) {
            return page(NO_SHOW_VIEW, interview, me, model);
        }
        try {
            lifecycle.noShow(id, noShowForm.sequence(), noShowForm.who(), noShowForm.reason(),
                    NoShowForm.RESCHEDULE.equals(noShowForm.then()), me);
        } catch (Refused e) {
            return refused(interview, e.messageKey(), redirect);
        }
        redirect.addFlashAttribute("flash", "interview.noShow.recorded");
        return back(interview, me);
    }

    /** The interview, for its panel and whoever may see its application; else the 404 of an unknown one. */
    private Interview visible(long id, OnrampUser me) {
        Interview interview = lifecycle.get(id);
        boolean onPanel = interviews.panel(id).stream().anyMatch(p -> p.personId() == me.personId());
        if (!onPanel) {
            applications.requireVisible(interview.applicationId(), me);
        }
        return interview;
    }

    private static void checkReason(String reason, Errors errors) {
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "interview.reason.required");
        } else if (reason.strip().length() > InterviewLifecycle.MAX_REASON) {
            errors.rejectValue("reason", "interview.reason.tooLong", new Object[] {InterviewLifecycle.MAX_REASON}, null);
        }
    }

    /** The new start: a proposal or another time in a known zone, after now and within the booking horizon. */
    private Optional<Instant> start(RescheduleForm form, Errors errors) {
        Instant now = clock.instant();
        Instant start = null;
        String field;
        if (form.otherTime()) {
            field = "otherStart";
            Optional<ZoneId> zone = timeZones.parse(form.otherZone());
            if (zone.isEmpty()) {
                errors.rejectValue("otherZone", "schedule.otherZone.unknown");
            }
            if (form.otherStart() == null || form.otherStart().isBlank()) {
                errors.rejectValue(field, "schedule.otherStart.required");
                return Optional.empty();
            }
            if (form.otherLocalStart().isEmpty()) {
                errors.rejectValue(field, "schedule.otherStart.invalid");
                return Optional.empty();
            }
            if (zone.isEmpty()) {
                return Optional.empty();
            }
            try {
                start = form.otherLocalStart().get().atZone(zone.get()).toInstant();
            } catch (DateTimeException e) {
                errors.rejectValue(field, "schedule.otherStart.invalid");
                return Optional.empty();
            }
        } else {
            field = "slot";
            try {
                start = form.slot() == null ? null : Instant.parse(form.slot());
            } catch (DateTimeException e) {
                start = null;
            }
            if (start == null) {
                errors.rejectValue(field, "schedule.slot.required");
                return Optional.empty();
            }
        }
        if (!start.isAfter(now)) {
            errors.rejectValue(field, "interview.reschedule.past");
            return Optional.empty();
        }
        if (start.isAfter(now.plus(InterviewScheduling.HORIZON))) {
            errors.rejectValue(field, "interview.reschedule.tooFar");
            return Optional.empty();
        }
        return Optional.of(start);
    }

    /** Fresh proposals for the same panel and length, from now on, clear of everyone's other interviews. */
    private List<Slot> slots(Interview interview) {
        return lifecycle.proposals(interview);
    }

    private String reschedulePage(Interview interview, List<Slot> slots, OnrampUser me, Model model) {
        Application application = applicationRows.get(interview.applicationId());
        ZoneId candidate = ZoneId.of(application.candidateZone());
        model.addAttribute("slots", slots.stream().map(s -> new SlotChoice(s.start().toString(),
                s.start().atZone(candidate), s.end().atZone(candidate), s.start().atZone(me.timeZone()),
                s.end().atZone(me.timeZone()), s.outsideHoursFor())).toList());
        return page(RESCHEDULE_VIEW, interview, me, model);
    }

    private String page(String view, Interview interview, OnrampUser me, Model model) {
        Application application = applicationRows.get(interview.applicationId());
        model.addAttribute("interview", interview);
        model.addAttribute("candidateName", application.candidateName());
        model.addAttribute("candidateZone", application.candidateZone());
        model.addAttribute("startsAt", interview.startsAt().atZone(me.timeZone()));
        model.addAttribute("endsAt", interview.endsAt().atZone(me.timeZone()));
        model.addAttribute("panel", interviews.panel(interview.id()).stream()
                .map(InterviewRepository.PanelMember::displayName).toList());
        model.addAttribute("viewerZone", me.timeZone());
        model.addAttribute("maxReason", InterviewLifecycle.MAX_REASON);
        model.addAttribute("noShowOf", InterviewEvent.NoShowOf.values());
        return view;
    }

    private String refused(Interview interview, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", messageKey);
        return "redirect:/applications/" + interview.applicationId();
    }

    /** Back to the application page, or to My interviews for a panel member who may not see the application. */
    private String back(Interview interview, OnrampUser me) {
        boolean mayOpen = applications.maySeeApplicationsOf(
                requisitions.get(applicationRows.get(interview.applicationId()).requisitionId()), me);
        return mayOpen ? "redirect:/applications/" + interview.applicationId() : "redirect:/interviews";
    }

    /** Someone for whom the new time is outside working hours, with that time in their zone. */
    record OutsideHoursView(String labelKey, String who, ZonedDateTime start, ZonedDateTime end) {

        static OutsideHoursView of(BookingChecks.OutsideHours o, Instant start, Instant end) {
            return new OutsideHoursView(o.candidate() ? "interview.reschedule.outsideHours.candidate"
                    : "interview.reschedule.outsideHours.person", o.who(), start.atZone(o.zone()), end.atZone(o.zone()));
        }
    }

    /** A proposed new time, in the candidate's and the viewer's zone; who it falls outside working hours for. */
    record SlotChoice(String value, ZonedDateTime candidateStart, ZonedDateTime candidateEnd, ZonedDateTime start,
                      ZonedDateTime end, List<String> outsideHoursFor) {
    }
}
