package dev.onramp.interview;

import dev.onramp.people.OnrampUser;
import dev.onramp.system.Forms;
import dev.onramp.system.OutOfRangeException;
import dev.onramp.tasklist.TaskList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The {@value InterviewStage#FORM_SCHEDULE} form of a live stage: a proposed panel and three slots, shown in
 * the candidate's, each interviewer's and the recruiter's zone; the recruiter accepts or picks other people
 * or another time. Access goes through {@link TaskList} on every request.
 */
@Controller
class ScheduleController {

    static final String VIEW = "interview/schedule";
    static final String PATH = "/tasks/{taskId}/" + InterviewStage.FORM_SCHEDULE;

    private final InterviewScheduling scheduling;
    private final SelfScheduling selfScheduling;

    ScheduleController(InterviewScheduling scheduling, SelfScheduling selfScheduling) {
        this.scheduling = scheduling;
        this.selfScheduling = selfScheduling;
    }

    /** Opens the form; {@code interviewers} (person ids) recomputes the proposal for another panel. */
    @GetMapping(PATH)
    String initScheduleForm(@PathVariable String taskId, @RequestParam(required = false) List<Long> interviewers,
                            @AuthenticationPrincipal OnrampUser me, Model model) {
        StageTask t = scheduling.load(taskId, me, InterviewStage.FORM_SCHEDULE);
        return fresh(t, interviewers == null ? List.of() : interviewers, null, me, model);
    }

    @PostMapping(PATH)
    String processScheduleForm(@PathVariable String taskId, ScheduleForm scheduleForm, BindingResult result,
                               @RequestParam(required = false) String recompute,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        StageTask t = scheduling.load(taskId, me, InterviewStage.FORM_SCHEDULE);
        if (recompute != null) {
            return fresh(t, scheduleForm.interviewers(), scheduleForm, me, model);
        }
        List<PoolMember> pool = scheduling.pool(t);
        if (Forms.notConverted(result)) {
            return page(t, pool, scheduleForm.interviewers(), me, model);
        }
        if (scheduleForm.candidateChooses()) {
            return letTheCandidateChoose(t, pool, scheduleForm, result, me, model, redirect);
        }
        Optional<Instant> start = scheduling.check(scheduleForm, pool, result);
        if (result.hasErrors() || start.isEmpty()) {
            return page(t, pool, scheduleForm.interviewers(), me, model);
        }
        try {
            scheduling.schedule(t, scheduleForm.interviewers(), start.get(),
                    new Venue(scheduleForm.location(), scheduleForm.videoLink()), me, scheduleForm.confirmed());
        } catch (BookingClashException e) {
            result.rejectValue(scheduleForm.otherTime() ? "otherStart" : "slot", "schedule.clash",
                    new Object[] {scheduling.buffer().toMinutes()}, null);
            model.addAttribute("clashes", e.clashes().stream().map(c -> ClashView.of(c, me.timeZone())).toList());
            return page(t, pool, scheduleForm.interviewers(), me, model);
        } catch (OutOfRangeException e) {
            e.rejectOn(e.field().equals("otherStart") && !scheduleForm.otherTime() ? "slot" : e.field(), result);
            return page(t, pool, scheduleForm.interviewers(), me, model);
        } // completed in another tab a moment ago: tasklist's TaskErrors answers 409
        redirect.addFlashAttribute("flash", "interview.scheduled");
        return "redirect:/applications/" + t.application().id();
    }

    /** Checks the panel and e-mails the candidate a link; the task stays open. */
    private String letTheCandidateChoose(StageTask t, List<PoolMember> pool, ScheduleForm form, BindingResult result,
                                         OnrampUser me, Model model, RedirectAttributes redirect) {
        scheduling.checkPanel(form, pool, result);
        InterviewScheduling.checkVenue(form.location(), form.videoLink(), result);
        if (!SelfScheduling.canInvite(t)) {
            result.rejectValue("slot", "schedule.candidate.noAddress");
        }
        if (result.hasErrors()) {
            return page(t, pool, form.interviewers(), me, model);
        }
        selfScheduling.invite(t, form.interviewers(), new Venue(form.location(), form.videoLink()), me);
        redirect.addFlashAttribute("flash", "interview.selfScheduleSent");
        return "redirect:/applications/" + t.application().id();
    }

    /** The form with the proposal for {@code chosen} (or the picker's panel), its first slot selected. */
    private String fresh(StageTask t, List<Long> chosen, ScheduleForm typed, OnrampUser me, Model model) {
        List<PoolMember> pool = scheduling.pool(t);
        InterviewerPicks panel = scheduling.panel(t, pool, chosen, t.stage().panelSize());
        SlotProposal proposal = scheduling.slots(t, panel.chosen());
        String firstSlot = proposal.slots().isEmpty() ? ScheduleForm.OTHER
                : proposal.slots().get(0).start().toString();
        model.addAttribute("scheduleForm", new ScheduleForm(
                panel.chosen().stream().map(PoolMember::personId).toList(), firstSlot,
                typed == null ? null : typed.otherStart(),
                typed == null || typed.otherZone() == null ? me.timeZone().getId() : typed.otherZone(),
                false, typed == null ? null : typed.location(), typed == null ? null : typed.videoLink()));
        return page(t, pool, panel, proposal, me, model);
    }

    private String page(StageTask t, List<PoolMember> pool, List<Long> chosen, OnrampUser me, Model model) {
        InterviewerPicks panel = scheduling.panel(t, pool, chosen, t.stage().panelSize());
        return page(t, pool, panel, scheduling.slots(t, panel.chosen()), me, model);
    }

    private String page(StageTask t, List<PoolMember> pool, InterviewerPicks panel, SlotProposal proposal,
                        OnrampUser me, Model model) {
        StageForms.describe(t, pool, panel, me, model);
        model.addAttribute("slots", proposal.slots().stream()
                .map(slot -> slotView(slot, t, panel.chosen(), me.timeZone())).toList());
        model.addAttribute("allInsideHours", proposal.allInsideHours());
        model.addAttribute("horizonDays", SlotFinder.HORIZON_WORKING_DAYS);
        model.addAttribute("maxPanel", InterviewScheduling.MAX_PANEL);
        model.addAttribute("selfSchedulingDays", selfScheduling.validity().toDays());
        model.addAttribute("canInvite", SelfScheduling.canInvite(t));
        selfScheduling.latestOfTask(t.task().getId()).ifPresent(link -> model.addAttribute("selfScheduleLink",
                LinkView.of(link, me.timeZone(), scheduling.now())));
        return VIEW;
    }

    private static SlotView slotView(Slot slot, StageTask t, List<PoolMember> panel, ZoneId viewer) {
        List<ZonedTime> times = new ArrayList<>();
        times.add(ZonedTime.of("schedule.time.candidate", t.application().candidateName(), slot, t.candidateZone()));
        for (PoolMember m : panel) {
            times.add(ZonedTime.of("schedule.time.interviewer", m.displayName(), slot, m.hours().zone()));
        }
        times.add(ZonedTime.of("schedule.time.you", "", slot, viewer));
        return new SlotView(slot.start().toString(), times, slot.outsideHoursFor());
    }

    /** An interview in the way of the time chosen, in the recruiter's zone. */
    record ClashView(String labelKey, String who, ZonedDateTime start, ZonedDateTime end) {

        static ClashView of(Clash c, ZoneId zone) {
            return new ClashView(c.candidate() ? "schedule.clash.candidate" : "schedule.clash.person", c.who(),
                    c.start().atZone(zone), c.end().atZone(zone));
        }
    }

    /** The task's latest self-scheduling link, in the recruiter's zone: waiting, expired, declined (with the note). */
    record LinkView(String state, ZonedDateTime sent, ZonedDateTime expires, ZonedDateTime answered, String note) {

        static LinkView of(SelfSchedulingLinks.Link link, ZoneId zone, Instant now) {
            String state = switch (link.status()) {
                case OPEN -> link.openAt(now) ? "waiting" : "expired";
                case DECLINED -> "declined";
                case BOOKED -> "booked";
                case VOID -> "void";
            };
            return new LinkView(state, link.createdAt().atZone(zone), link.expiresAt().atZone(zone),
                    link.answeredAt() == null ? null : link.answeredAt().atZone(zone), link.note());
        }
    }

    /** A proposed slot: the radio value (its start as an ISO instant), its times, who it is outside hours for. */
    record SlotView(String value, List<ZonedTime> times, List<String> outsideHoursFor) {
    }

    /** One person's view of a slot: a message key naming them (and the zone), and the slot in their zone. */
    record ZonedTime(String labelKey, String name, ZonedDateTime start, ZonedDateTime end) {

        static ZonedTime of(String labelKey, String name, Slot slot, ZoneId zone) {
            return new ZonedTime(labelKey, name, slot.start().atZone(zone), slot.end().atZone(zone));
        }
    }
}
