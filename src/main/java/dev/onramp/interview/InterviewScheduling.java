package dev.onramp.interview;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.Requisition;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import dev.onramp.system.Range;
import dev.onramp.system.TimeZones;
import dev.onramp.tasklist.TaskList;
import dev.onramp.tasklist.TaskVariables;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Scheduling a stage: the interviewer pool of the requisition's team with this week's bookings, the proposed
 * panel ({@link InterviewerPicker}) and slots ({@link SlotFinder}), the checks on what the recruiter chose,
 * and — in one transaction — the interview with its panel, the application's stage and the completed task.
 */
@Service
class InterviewScheduling {

    static final int MAX_PANEL = 4;
    static final int MAX_REVIEWERS = 2;
    static final Range<Integer> PANEL_SIZE = Range.of(1, MAX_PANEL, "schedule.interviewers.range");
    static final Range<Integer> REVIEWERS = Range.of(1, MAX_REVIEWERS, "takehome.reviewers.range");
    static final int TAKE_HOME_DAYS = 5;
    static final LocalTime TAKE_HOME_DUE_AT = LocalTime.of(23, 59);
    /** How far ahead proposals look for booked interviews: beyond the slot finder's horizon of working days. */
    static final Duration BUSY_HORIZON = Duration.ofDays(30);
    /** How far ahead an interview may be booked. */
    static final Duration HORIZON = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(InterviewScheduling.class);

    private final TaskList taskList;
    private final TaskService tasks;
    private final TaskVariables variables;
    private final RuntimeService runtime;
    private final LoopStages loopStages;
    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;
    private final InterviewRepository interviews;
    private final InterviewerPicker picker;
    private final SlotFinder slotFinder;
    private final TimeZones timeZones;
    private final SelfSchedulingLinks selfSchedulingLinks;
    private final BookingChecks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InterviewScheduling(TaskList taskList, TaskService tasks, TaskVariables variables, RuntimeService runtime,
                        LoopStages loopStages,
                        ApplicationRepository applications, RequisitionRepository requisitions,
                        PersonRepository people, InterviewRepository interviews, InterviewerPicker picker,
                        SlotFinder slotFinder, TimeZones timeZones, SelfSchedulingLinks selfSchedulingLinks,
                        BookingChecks checks, Clock clock, ApplicationEventPublisher events) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.variables = variables;
        this.runtime = runtime;
        this.loopStages = loopStages;
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
        this.interviews = interviews;
        this.picker = picker;
        this.slotFinder = slotFinder;
        this.timeZones = timeZones;
        this.selfSchedulingLinks = selfSchedulingLinks;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A stage task {@code me} may work on now, with its form key; 404 for another form's task, 409 when it is
     * done or claimed by someone else (see {@link TaskList#requireWorkable}).
     */
    StageTask load(String taskId, OnrampUser me, String formKey) {
        return stageTask(taskList.requireWorkable(taskId, formKey, me));
    }

    /**
     * The schedule task behind a candidate's self-scheduling link, with no user to check: empty when the task is done
     * (booked, or the application ended).
     */
    Optional<StageTask> openScheduleTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !InterviewStage.FORM_SCHEDULE.equals(task.getFormKey())) {
            return Optional.empty();
        }
        return Optional.of(stageTask(task));
    }

    private StageTask stageTask(Task task) {
        String taskId = task.getId();
        LongValue applicationId = variables.<LongValue>typed(task, InterviewStage.VAR_APPLICATION_ID).orElse(null);
        StringValue stageKey = variables.<StringValue>typed(task, InterviewStage.VAR_STAGE_KEY).orElse(null);
        StringValue stageName = variables.<StringValue>typed(task, InterviewStage.VAR_STAGE_NAME).orElse(null);
        ProcessInstance loop = runtime.createProcessInstanceQuery()
                .subProcessInstanceId(task.getProcessInstanceId()).singleResult();
        if (applicationId == null || stageKey == null || loop == null) {
            throw new NotFoundException("stage of task", taskId);
        }
        Stage stage = loopStages.stage(loop.getProcessDefinitionId(), stageKey.getValue());
        Application application = applications.get(applicationId.getValue());
        Requisition requisition = requisitions.get(application.requisitionId());
        return new StageTask(task, application, requisition, stage,
                stageName == null ? stage.name() : stageName.getValue(), loop.getProcessDefinitionId());
    }

    /**
     * The team's interviewers with their bookings this week (interviews starting in the candidate's current
     * week, Monday to Monday) and weekly limits, by name.
     */
    List<PoolMember> pool(StageTask t) {
        List<Person> team = people.findByTeamAndRole(t.requisition().teamId(), Role.INTERVIEWER);
        ZoneId zone = t.candidateZone();
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(DayOfWeek.MONDAY);
        Map<Long, Integer> booked = interviews.bookings(team.stream().map(Person::id).toList(),
                monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        return team.stream().map(p -> PoolMember.of(p, booked.getOrDefault(p.id(), 0))).toList();
    }

    /**
     * The panel to propose: {@code chosen} when it names people of the pool, else the best {@code needed} in this
     * order: people with good overlap with the candidate who are not yet on this application's other panels, then
     * good overlap again (people taken a second time), then the rest, new people first; the picker's order within
     * each. A candidate's later stages are never proposed a panel with no common hours while someone who has them
     * is in the pool.
     */
    InterviewerPicks panel(StageTask t, List<PoolMember> pool, List<Long> chosen, int needed) {
        Map<Long, PoolMember> byId = byId(pool);
        List<PoolMember> wanted = chosen.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        if (!wanted.isEmpty()) {
            return new InterviewerPicks(wanted.stream().map(m -> new Pick(m, new PickReason(
                    t.candidateHours().averageDailyOverlapHours(m.hours(), LocalDate.now(clock.withZone(
                            t.candidateZone()))), m.bookedThisWeek()))).toList(), false);
        }
        Set<Long> onOtherPanels = interviews.panelOfApplication(t.application().id());
        List<Pick> ranked = picker.pick(pool, Math.max(needed, pool.size()), Set.of(), t.candidateHours()).picks()
                .stream()
                .sorted(Comparator.comparing((Pick p) -> !p.reason().goodOverlap())
                        .thenComparing(p -> onOtherPanels.contains(p.member().personId())))
                .limit(needed)
                .toList();
        return new InterviewerPicks(ranked, ranked.size() < needed);
    }

    /**
     * {@value SlotFinder#PROPOSALS} slots for the candidate and this panel, from now on the application clock, none
     * within the buffer of an interview the candidate or one of the panel already has.
     */
    SlotProposal slots(StageTask t, List<PoolMember> panel) {
        List<Participant> participants = panel.stream()
                .map(m -> new Participant(m.personId(), m.displayName(), m.hours())).toList();
        return slots(t, participants, SlotFinder.PROPOSALS);
    }

    /** {@code count} slots for the candidate and these people, none within the buffer of their booked interviews. */
    SlotProposal slots(StageTask t, List<Participant> panel, int count) {
        Instant now = clock.instant();
        List<Busy> busy = checks.busy(panel.stream().map(Participant::personId).toList(), t.application().id(), now,
                now.plus(BUSY_HORIZON), BookingChecks.NONE);
        return slotFinder.propose(t.application().candidateName(), t.candidateHours(), panel, t.stage().duration(),
                busy, count);
    }

    /**
     * The interviews the candidate or one of {@code panel} already has within the buffer of an interview of this stage
     * at {@code start}: who and when, earliest first; empty when the time is free.
     */
    List<Clash> clashes(StageTask t, List<Long> panel, Instant start) {
        return checks.clashes(panel, t.application().id(), start, start.plus(t.stage().duration()), BookingChecks.NONE);
    }

    /**
     * Checks the recruiter's choice and answers the interview's start, or empty with field errors: one to
     * {@value #MAX_PANEL} interviewers, all from the pool; a proposed slot or another time in a known zone;
     * the start in the future.
     */
    Optional<Instant> check(ScheduleForm form, List<PoolMember> pool, Errors errors) {
        checkPeople("interviewers", form.interviewers(), MAX_PANEL, pool, errors, "schedule");
        checkVenue(form.location(), form.videoLink(), errors);
        Instant start = null;
        if (form.otherTime()) {
            Optional<ZoneId> zone = timeZones.parse(form.otherZone());
            if (zone.isEmpty()) {
                errors.rejectValue("otherZone", "schedule.otherZone.unknown");
            }
            if (form.otherStart() == null || form.otherStart().isBlank()) {
                errors.rejectValue("otherStart", "schedule.otherStart.required");
            } else if (form.otherLocalStart().isEmpty()) {
                errors.rejectValue("otherStart", "schedule.otherStart.invalid");
            } else if (zone.isPresent()) {
                start = form.otherLocalStart().get().atZone(zone.get()).toInstant();
                if (!start.isAfter(clock.instant())) {
                    errors.rejectValue("otherStart", "schedule.start.past");
                } else {
                    startRange().check("otherStart", start, errors);
                }
            }
        } else if (form.slot() == null || form.slot().isBlank()) {
            errors.rejectValue("slot", "schedule.slot.required");
        } else {
            try {
                start = Instant.parse(form.slot());
                if (!start.isAfter(clock.instant())) {
                    errors.rejectValue("slot", "schedule.start.past");
                } else {
                    startRange().check("slot", start, errors);
                }
            } catch (DateTimeException e) {
                errors.rejectValue("slot", "schedule.slot.required");
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.ofNullable(start);
    }

    /** Checks the panel alone (the candidate will choose the time). */
    boolean checkPanel(ScheduleForm form, List<PoolMember> pool, Errors errors) {
        checkPeople("interviewers", form.interviewers(), MAX_PANEL, pool, errors, "schedule");
        return !errors.hasFieldErrors("interviewers");
    }

    Duration buffer() {
        return slotFinder.buffer();
    }

    Instant now() {
        return clock.instant();
    }

    /** Checks where an interview takes place: both optional, a bounded line of text and an http(s) link. */
    static void checkVenue(String location, String videoLink, Errors errors) {
        if (!Venue.isLocation(location)) {
            errors.rejectValue("location", "interview.location.invalid", new Object[] {Venue.MAX_LOCATION}, null);
        }
        if (!Venue.isVideoLink(videoLink)) {
            errors.rejectValue("videoLink", "interview.videoLink.invalid", new Object[] {Venue.MAX_VIDEO_LINK}, null);
        }
    }

    /** Checks the reviewers of a take-home: one to {@value #MAX_REVIEWERS}, all from the pool. */
    boolean check(TakeHomeForm form, List<PoolMember> pool, Errors errors) {
        checkPeople("reviewers", form.reviewers(), MAX_REVIEWERS, pool, errors, "takehome");
        return !errors.hasErrors();
    }

    private static void checkPeople(String field, List<Long> ids, int max, List<PoolMember> pool, Errors errors,
                                    String prefix) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (ids.isEmpty()) {
            errors.rejectValue(field, prefix + "." + field + ".required");
        } else if (ids.size() > max) {
            errors.rejectValue(field, prefix + "." + field + ".tooMany", new Object[] {max}, null);
        } else if (!byId(pool).keySet().containsAll(ids)) {
            errors.rejectValue(field, prefix + "." + field + ".notInPool");
        }
    }

    /** A live interview with no place or video link yet, at a time that clashes with nobody's booked interviews. */
    @Transactional
    public long schedule(StageTask t, List<Long> panel, Instant start, OnrampUser me) {
        return schedule(t, panel, start, Venue.NONE, me, false);
    }

    /**
     * Books a live interview and completes the schedule task with {@link InterviewStage#VAR_INTERVIEW_ID} and
     * {@link InterviewStage#VAR_INTERVIEW_END}, all or nothing; answers the interview's id. Every booking of a live
     * interview goes through here: the recruiter's and the candidate's own ({@link SelfScheduling}). The panel's and the
     * application's rows are locked first, so two bookings of the same people run one after the other; a time within
     * the buffer of an interview the candidate or an interviewer already has throws {@link BookingClashException}
     * unless {@code bookAnyway} (the recruiter saw the clash and confirmed). Open self-scheduling links of the task
     * end. It publishes {@link InterviewBooked} in the same transaction (the invites go out with it).
     */
    @Transactional
    public long schedule(StageTask t, List<Long> panel, Instant start, Venue venue, OnrampUser me, boolean bookAnyway) {
        startRange().require("otherStart", start);
        PANEL_SIZE.require("interviewers", panel.size());
        checks.lock(panel, t.application().id());
        // a second submit of this very booking (another tab, a double click, two clients) passed its task check before
        // the first committed and waited here on the lock: its task is done now, and the first's interview (same
        // candidate, same time) would be reported as a clash. Say what happened instead: TaskErrors answers a task
        // page with the task done meanwhile with 409.
        if (tasks.createTaskQuery().taskId(t.task().getId()).count() == 0) {
            throw new NotFoundException("task", t.task().getId());
        }
        if (!bookAnyway) {
            List<Clash> clashes = clashes(t, panel, start);
            if (!clashes.isEmpty()) {
                throw new BookingClashException(clashes);
            }
        }
        Instant end = start.plus(t.stage().duration());
        long id = book(t, Stage.Kind.LIVE, panel, start, end, me);
        selfSchedulingLinks.endOpen(t.task().getId(), SelfSchedulingLinks.Status.VOID);
        if (!venue.isEmpty()) {
            interviews.setVenue(id, venue);
        }
        events.publishEvent(new InterviewBooked(id));
        complete(t, me, Variables.createVariables()
                .putValue(InterviewStage.VAR_INTERVIEW_ID, id)
                .putValue(InterviewStage.VAR_INTERVIEW_END, Date.from(end)));
        log.info("Interview {} ({}) scheduled for application {} by person {}", id, t.stage().key(),
                t.application().id(), me.personId());
        return id;
    }

    /** An interview starts after now and within {@link #HORIZON}. */
    Range<Instant> startRange() {
        Instant now = clock.instant();
        return Range.of(now, now.plus(HORIZON), "schedule.start.range");
    }

    /** When a take-home sent now is due: {@value #TAKE_HOME_DAYS} days on, at 23:59 in the candidate's zone. */
    Instant takeHomeDue(ZoneId candidateZone) {
        return LocalDate.now(clock.withZone(candidateZone)).plusDays(TAKE_HOME_DAYS).atTime(TAKE_HOME_DUE_AT)
                .atZone(candidateZone).toInstant();
    }

    /**
     * Records a take-home sent now with its reviewers and completes the send task with
     * {@link TakeHomeStage#VAR_INTERVIEW_ID} and {@link TakeHomeStage#VAR_TAKE_HOME_DUE}, all or nothing.
     */
    @Transactional
    public long sendTakeHome(StageTask t, List<Long> reviewers, OnrampUser me) {
        REVIEWERS.require("reviewers", reviewers.size());
        Instant due = takeHomeDue(t.candidateZone());
        long id = book(t, Stage.Kind.TAKE_HOME, reviewers, clock.instant(), due, me);
        complete(t, me, Variables.createVariables()
                .putValue(TakeHomeStage.VAR_INTERVIEW_ID, id)
                .putValue(TakeHomeStage.VAR_TAKE_HOME_DUE, Date.from(due)));
        log.info("Take-home {} ({}) sent for application {} by person {}", id, t.stage().key(),
                t.application().id(), me.personId());
        return id;
    }

    private long book(StageTask t, Stage.Kind kind, List<Long> panel, Instant start, Instant end, OnrampUser me) {
        long id = interviews.insert(new NewInterview(t.application().id(), t.stage().key(), t.stageName(), kind,
                t.task().getProcessInstanceId(), t.loopProcessDefinitionId(), start, end, me.personId(),
                clock.instant()), panel);
        return id;
    }

    /** Completes the task as {@code me}, so its history says who did it. */
    private void complete(StageTask t, OnrampUser me, Map<String, Object> variables) {
        String taskId = t.task().getId();
        if (t.task().getAssignee() == null) {
            tasks.setAssignee(taskId, me.getUsername());
        }
        tasks.complete(taskId, variables);
    }

    private static Map<Long, PoolMember> byId(List<PoolMember> pool) {
        return pool.stream().collect(Collectors.toMap(PoolMember::personId, Function.identity()));
    }
}
