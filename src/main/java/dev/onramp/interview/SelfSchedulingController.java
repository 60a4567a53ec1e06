package dev.onramp.interview;

import dev.onramp.interview.SelfScheduling.LinkGoneException;
import dev.onramp.interview.SelfScheduling.SlotTakenException;
import dev.onramp.interview.SelfSchedulingLinks.Link;
import dev.onramp.interview.SelfSchedulingLinks.Status;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /schedule/{token}} (public, no account): the candidate's own page to pick their interview's time from the
 * free times, shown in their zone, or to say none of them work. It shows that candidate's interview and nothing else:
 * the stage, its length, the times, and the interviewers' names only with
 * {@code onramp.self-scheduling.show-interviewers}. An unknown token is a 404; a link used, voided or expired a 410.
 */
@Controller
class SelfSchedulingController {

    static final String PICK_VIEW = "interview/self-schedule";
    static final String BOOKED_VIEW = "interview/self-schedule-booked";
    static final String DECLINED_VIEW = "interview/self-schedule-declined";
    static final String GONE_VIEW = "interview/self-schedule-gone";

    private final SelfScheduling selfScheduling;

    SelfSchedulingController(SelfScheduling selfScheduling) {
        this.selfScheduling = selfScheduling;
    }

    @GetMapping("/schedule/{token}")
    String initSelfScheduleForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Link link = selfScheduling.require(token);
        if (link.status() == Status.BOOKED) {
            return booked(token, link, model);
        }
        if (link.status() == Status.DECLINED) {
            return DECLINED_VIEW;
        }
        Optional<StageTask> t = selfScheduling.usable(link);
        if (t.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("selfScheduleForm", new SelfScheduleForm(null));
        model.addAttribute("noneWorkForm", new NoneWorkForm(null));
        return page(token, t.get(), link, model);
    }

    @PostMapping("/schedule/{token}")
    String processSelfScheduleForm(@PathVariable String token, SelfScheduleForm selfScheduleForm, BindingResult result,
                                   Model model, HttpServletResponse response) {
        Link link = selfScheduling.require(token);
        Optional<StageTask> t = selfScheduling.usable(link);
        if (t.isEmpty()) {
            return used(token, link, model, response);
        }
        model.addAttribute("noneWorkForm", new NoneWorkForm(null));
        Optional<Instant> start = selfScheduleForm.start();
        if (start.isEmpty()) {
            result.rejectValue("slot", "selfSchedule.slot.required");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(token, t.get(), link, model);
        }
        try {
            selfScheduling.pick(token, start.get());
        } catch (SlotTakenException | BookingClashException | PessimisticLockingFailureException e) {
            // another booking of the same people got there first (or held them too long): fresh times
            return taken(token, link, model, response);
        } catch (LinkGoneException e) {
            return used(token, selfScheduling.require(token), model, response);
        }
        return "redirect:/schedule/" + token;
    }

    @PostMapping("/schedule/{token}/none")
    String processNoneWorkForm(@PathVariable String token, NoneWorkForm noneWorkForm, BindingResult result,
                               Model model, HttpServletResponse response) {
        Link link = selfScheduling.require(token);
        Optional<StageTask> t = selfScheduling.usable(link);
        if (t.isEmpty()) {
            return used(token, link, model, response);
        }
        if (noneWorkForm.note() != null && noneWorkForm.note().strip().length() > SelfScheduling.MAX_NOTE) {
            result.rejectValue("note", "selfSchedule.note.tooLong", new Object[] {SelfScheduling.MAX_NOTE}, null);
            model.addAttribute("selfScheduleForm", new SelfScheduleForm(null));
            return page(token, t.get(), link, model);
        }
        try {
            selfScheduling.decline(token, noneWorkForm.note());
        } catch (LinkGoneException e) {
            return used(token, selfScheduling.require(token), model, response);
        }
        return "redirect:/schedule/" + token;
    }

    /** Someone else took the time a moment ago (or it was never offered): fresh times and a clear message. */
    private String taken(String token, Link link, Model model, HttpServletResponse response) {
        Optional<StageTask> t = selfScheduling.usable(selfScheduling.require(token));
        if (t.isEmpty()) {
            return used(token, selfScheduling.require(token), model, response);
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("selfScheduleForm", new SelfScheduleForm(null));
        model.addAttribute("taken", true);
        return page(token, t.get(), link, model);
    }

    /** A post on a link that is no longer open: 410, with the booked time when it was this candidate's booking. */
    private String used(String token, Link link, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        if (link.status() == Status.BOOKED) {
            model.addAttribute("usedAlready", true);
            return booked(token, link, model);
        }
        if (link.status() == Status.DECLINED) {
            model.addAttribute("usedAlready", true);
            return DECLINED_VIEW;
        }
        return GONE_VIEW;
    }

    private String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return GONE_VIEW;
    }

    private String page(String token, StageTask t, Link link, Model model) {
        ZoneId zone = t.candidateZone();
        List<Slot> offer = selfScheduling.offer(t, link);
        model.addAttribute("token", token);
        model.addAttribute("name", t.application().candidateName());
        model.addAttribute("stageName", t.stageName());
        model.addAttribute("minutes", t.stage().duration().toMinutes());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("expires", link.expiresAt().atZone(zone));
        model.addAttribute("slots", offer.stream()
                .map(s -> new OfferedTime(s.start().toString(), s.start().atZone(zone), s.end().atZone(zone)))
                .toList());
        model.addAttribute("interviewers", selfScheduling.showInterviewers()
                ? selfScheduling.panel(link).stream().map(Participant::displayName).toList() : List.of());
        model.addAttribute("maxNote", SelfScheduling.MAX_NOTE);
        return PICK_VIEW;
    }

    private String booked(String token, Link link, Model model) {
        model.addAttribute("token", token);
        Interview interview = selfScheduling.interview(link).orElseThrow(LinkGoneException::new);
        ZoneId zone = selfScheduling.candidateZone(link);
        model.addAttribute("stageName", interview.stageName());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("start", interview.startsAt().atZone(zone));
        model.addAttribute("end", interview.endsAt().atZone(zone));
        model.addAttribute("cancelled", interview.status() == Interview.Status.CANCELLED);
        model.addAttribute("interviewers", selfScheduling.showInterviewers()
                ? selfScheduling.panelNames(interview.id()) : List.of());
        return BOOKED_VIEW;
    }

    /** A time offered: the radio value (its start as an ISO instant) and the time in the candidate's zone. */
    record OfferedTime(String value, ZonedDateTime start, ZonedDateTime end) {
    }

    /** The time picked: a start as an ISO instant, as the page offers it. Text, so anything typed comes back. */
    record SelfScheduleForm(String slot) {

        Optional<Instant> start() {
            if (slot == null || slot.isBlank() || slot.length() > 40) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(slot.strip()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    /** "None of these work", with an optional note for the recruiter. */
    record NoneWorkForm(String note) {
    }
}
