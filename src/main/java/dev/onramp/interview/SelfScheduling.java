package dev.onramp.interview;

import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.SelfSchedulingLinks.Link;
import dev.onramp.interview.SelfSchedulingLinks.NewLink;
import dev.onramp.interview.SelfSchedulingLinks.Status;
import dev.onramp.mail.MailMessage;
import dev.onramp.mail.MailTemplates;
import dev.onramp.mail.Outbox;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The candidate picks the time. The recruiter chooses the panel and "let the candidate choose": the candidate gets an
 * e-mail with a one-time link ({@code onramp.base-url}/schedule/{token}, valid {@code onramp.self-scheduling.validity},
 * default five days) to a page with the free times of that panel in the candidate's zone. Picking one books through
 * {@link InterviewScheduling#schedule} like the recruiter's booking (same checks, same clash rule, same locks), as the
 * recruiter who sent the link; "none of these work" ends the link with the candidate's note and tells the recruiter.
 * Meanwhile the schedule task stays open, "waiting for the candidate"; a booking by the recruiter voids the link.
 */
@Service
class SelfScheduling {

    static final String TEMPLATE = "self-schedule";
    static final int MAX_NOTE = 1000;
    /** How many free times the candidate is offered. */
    static final int OFFERED = 6;
    static final String PATH = "/schedule/";

    private static final Logger log = LoggerFactory.getLogger(SelfScheduling.class);
    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final SelfSchedulingLinks links;
    private final InterviewScheduling scheduling;
    private final InterviewRepository interviews;
    private final ApplicationRepository applications;
    private final PersonRepository people;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final Notifications notifications;
    private final Clock clock;
    private final Duration validity;
    private final boolean showInterviewers;
    private final String baseUrl;

    SelfScheduling(SelfSchedulingLinks links, InterviewScheduling scheduling, InterviewRepository interviews,
                   ApplicationRepository applications,
                   PersonRepository people, Outbox outbox, MailTemplates templates, Notifications notifications,
                   Clock clock, @Value("${onramp.self-scheduling.validity:P5D}") Duration validity,
                   @Value("${onramp.self-scheduling.show-interviewers:false}") boolean showInterviewers,
                   @Value("${onramp.base-url}") String baseUrl) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("onramp.self-scheduling.validity must be positive");
        }
        this.links = links;
        this.scheduling = scheduling;
        this.interviews = interviews;
        this.applications = applications;
        this.people = people;
        this.outbox = outbox;
        this.templates = templates;
        this.notifications = notifications;
        this.clock = clock;
        this.validity = validity;
        this.showInterviewers = showInterviewers;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    Duration validity() {
        return validity;
    }

    boolean showInterviewers() {
        return showInterviewers;
    }

    /** Whether the candidate of this task can be sent a link: they need a usable e-mail address. */
    static boolean canInvite(StageTask t) {
        return MailMessage.isAddress(t.application().candidateEmail());
    }

    /**
     * Sends the candidate a new link for this task and panel (an open one sent before ends), in the caller's
     * transaction: no link, no mail. The task stays open; the interview booked through the link takes place at
     * {@code venue}.
     */
    @Transactional
    long invite(StageTask t, List<Long> panel, Venue venue, OnrampUser me) {
        if (!canInvite(t)) {
            throw new IllegalStateException("the candidate has no usable e-mail address");
        }
        InterviewScheduling.PANEL_SIZE.require("interviewers", panel.size());
        String taskId = t.task().getId();
        links.endOpen(taskId, Status.VOID);
        Instant expires = clock.instant().plus(validity);
        NewLink link = links.create(t.application().id(), taskId, panel, venue, me.personId(), expires);
        ZoneId zone = t.candidateZone();
        String url = baseUrl + PATH + link.token();
        MailTemplates.Rendered mail = templates.render(TEMPLATE, Locale.ENGLISH, Map.of(
                "name", t.application().candidateName(),
                "stageName", t.stageName(),
                "minutes", t.stage().duration().toMinutes(),
                "url", url,
                "expires", MAIL_DATE.format(expires.atZone(zone)),
                "zone", zone.getId()), t.stageName());
        outbox.enqueue(new MailMessage(TEMPLATE + "-" + link.id(), List.of(t.application().candidateEmail()),
                mail.subject(), mail.text(), mail.html()));
        log.info("Self-scheduling link {} sent for application {} ({}) by person {}", link.id(), t.application().id(),
                t.stage().key(), me.personId());
        return link.id();
    }

    /** The link of a token, or 404 for one we never issued (altered, made up). */
    Link require(String token) {
        return links.find(token).orElseThrow(() -> new NotFoundException("self-scheduling link", "?"));
    }

    /** The latest link of a schedule task, for the recruiter's form. */
    Optional<Link> latestOfTask(String taskId) {
        return links.latestOfTask(taskId);
    }

    /** The open link's stage task; empty when the link is no longer usable (answered, voided, expired, task done). */
    Optional<StageTask> usable(Link link) {
        if (!link.openAt(clock.instant())) {
            return Optional.empty();
        }
        return scheduling.openScheduleTask(link.taskId())
                .filter(t -> t.application().id() == link.applicationId() && t.application().isActive());
    }

    /** The link's panel as participants of a slot search. */
    List<Participant> panel(Link link) {
        return links.panel(link.id()).stream().map(people::get).map(Participant::of).toList();
    }

    /** The free times to offer now: inside everyone's working hours and clashing with nobody's interviews. */
    List<Slot> offer(StageTask t, Link link) {
        SlotProposal proposal = scheduling.slots(t, panel(link), OFFERED);
        return proposal.allInsideHours() ? proposal.slots() : List.of();
    }

    /**
     * Books the interview at {@code start}, which must be one of the times offered now; throws
     * {@link LinkGoneException} when the link was used, voided or expired meanwhile, {@link SlotTakenException} when
     * the time is not (or no longer) offered, {@link BookingClashException} when another booking got there first.
     * All or nothing.
     */
    @Transactional
    long pick(String token, Instant start) {
        Link link = require(token);
        StageTask t = usable(link).orElseThrow(LinkGoneException::new);
        if (offer(t, link).stream().noneMatch(s -> s.start().equals(start))) {
            throw new SlotTakenException();
        }
        if (!links.answer(link.id(), Status.BOOKED, null, null)) {
            throw new LinkGoneException();
        }
        Person recruiter = people.get(link.createdBy());
        long id = scheduling.schedule(t, links.panel(link.id()), start, link.venue(),
                new OnrampUser(recruiter, "", true), false);
        links.setInterview(link.id(), id);
        notifications.notify(List.of(link.createdBy()), "selfSchedule.notification.booked",
                "/applications/" + t.application().id(), t.application().candidateName(), t.stageName());
        log.info("Interview {} picked by the candidate of application {} through link {}", id, t.application().id(),
                link.id());
        return id;
    }

    /** "None of these work": ends the link with the note (at most {@value #MAX_NOTE} characters) and tells the recruiter. */
    @Transactional
    void decline(String token, String note) {
        Link link = require(token);
        StageTask t = usable(link).orElseThrow(LinkGoneException::new);
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE);
        }
        if (!links.answer(link.id(), Status.DECLINED, null, kept)) {
            throw new LinkGoneException();
        }
        notifications.notify(List.of(link.createdBy()), "selfSchedule.notification.declined",
                "/tasks/" + t.task().getId() + "/" + InterviewStage.FORM_SCHEDULE, t.application().candidateName(),
                t.stageName());
        log.info("The candidate of application {} found no time through link {}", t.application().id(), link.id());
    }

    /** The interview a link booked, for its confirmation page. */
    Optional<Interview> interview(Link link) {
        return link.interviewId() == null ? Optional.empty() : interviews.findById(link.interviewId());
    }

    /** The candidate's zone, from the link's application. */
    ZoneId candidateZone(Link link) {
        return ZoneId.of(applications.get(link.applicationId()).candidateZone());
    }

    /** Display names of an interview's panel, in seat order. */
    List<String> panelNames(long interviewId) {
        return interviews.panel(interviewId).stream().map(InterviewRepository.PanelMember::displayName).toList();
    }

    /** The link was used already, voided by a booking of the recruiter, expired, or its task has ended. */
    @ResponseStatus(HttpStatus.GONE)
    static class LinkGoneException extends RuntimeException {

        LinkGoneException() {
            super("self-scheduling link used, voided or expired");
        }
    }

    /** The time picked is not one of the times offered now (taken meanwhile, or never offered). */
    @ResponseStatus(HttpStatus.CONFLICT)
    static class SlotTakenException extends RuntimeException {

        SlotTakenException() {
            super("time not offered");
        }
    }
}
