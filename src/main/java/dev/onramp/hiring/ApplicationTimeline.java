package dev.onramp.hiring;

import dev.onramp.loop.LoopStages;
import dev.onramp.hiring.HiringHistory.Stage;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every step of an application, who took it and when, from the engine's history of its hiring process and
 * of everything that process called (loop, stages, decision): user tasks, call activities, service tasks
 * and end events, not the gateways and events in between; and what features record in their own tables
 * ({@link TimelineEvents}, such as an interview rescheduled with its reason). Also where the application stands in its team's
 * loop, and its status ({@link ApplicationPhases}, as the board and the lists show it). It does not check who may see the application: its caller has done that.
 * <p>
 * Queries: one for the process instances under the application's (by root instance id), one per instance
 * for its activities, one for the task names, one for the stage keys, one per distinct assignee.
 */
@Service
public class ApplicationTimeline {

    private static final Set<String> SHOWN = Set.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.CALL_ACTIVITY,
            ActivityTypes.TASK_SERVICE);

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final HiringHistory hiringHistory;
    private final HistoryService history;
    private final LoopStages loopStages;
    private final ObjectProvider<TimelineEvents> featureEvents;
    private final ApplicationPhases phases;

    ApplicationTimeline(ApplicationRepository applications, RequisitionRepository requisitions, TeamRepository teams,
                        PersonRepository people, HiringHistory hiringHistory, HistoryService history,
                        LoopStages loopStages, ObjectProvider<TimelineEvents> featureEvents, ApplicationPhases phases) {
        this.phases = phases;
        this.applications = applications;
        this.requisitions = requisitions;
        this.teams = teams;
        this.people = people;
        this.hiringHistory = hiringHistory;
        this.history = history;
        this.loopStages = loopStages;
        this.featureEvents = featureEvents;
    }

    /** The application's timeline, its times in {@code viewer}'s zone. */
    public Timeline of(long applicationId, ZoneId viewer) {
        Application application = applications.get(applicationId);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(null, "timeline.added", people.get(application.createdBy()).displayName(),
                application.createdAt().atZone(viewer), null, false));
        List<HistoricProcessInstance> instances = application.processInstanceId() == null ? List.of()
                : hiringHistory.instancesUnder(application.processInstanceId());
        Map<String, String> taskNames = new HashMap<>();
        if (!instances.isEmpty()) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .rootProcessInstanceId(application.processInstanceId()).list()) {
                taskNames.put(task.getId(), task.getName());
            }
        }
        Map<String, Optional<Person>> assignees = new HashMap<>();
        List<Entry> steps = new ArrayList<>();
        List<String> waitingFor = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list()) {
                if (!shown(step.getActivityType())) {
                    continue;
                }
                String who = null;
                if (step.getAssignee() != null) {
                    who = assignees.computeIfAbsent(step.getAssignee(), people::findByUsername)
                            .map(Person::displayName).orElse(step.getAssignee());
                }
                String name = step.getTaskId() != null && taskNames.get(step.getTaskId()) != null
                        ? taskNames.get(step.getTaskId())
                        : step.getActivityName() != null ? step.getActivityName() : step.getActivityId();
                steps.add(new Entry(name, null, who, at(step.getStartTime(), viewer), at(step.getEndTime(), viewer),
                        step.isCanceled()));
                if (ActivityTypes.TASK_USER_TASK.equals(step.getActivityType()) && step.getEndTime() == null
                        && application.isActive()) {
                    waitingFor.add(name);
                }
            }
        }
        featureEvents.orderedStream().forEach(f -> steps.addAll(f.entries(applicationId, viewer)));
        steps.sort(Comparator.comparing(Entry::started)); // stable: same instant keeps the order of the engine
        entries.addAll(steps);
        Map<String, Stage> stages = hiringHistory.stagesAmong(instances);
        return new Timeline(viewer, entries, stages(application, instances, stages), stageName(application, stages),
                phases.of(List.of(application)).get(application.id()), waitingFor.stream().distinct().toList());
    }

    /** The name the loop gave the application's current stage (its latest run); the stage's key if none is found. */
    private static String stageName(Application application, Map<String, Stage> stages) {
        if (application.stage() == null) {
            return null;
        }
        return stages.values().stream().filter(s -> s.key().equals(application.stage()))
                .max(Comparator.comparing(s -> s.instance().getStartTime()))
                .map(Stage::name).orElse(application.stage());
    }

    private static boolean shown(String activityType) {
        return SHOWN.contains(activityType) || activityType.toLowerCase(Locale.ROOT).endsWith("endevent");
    }

    private List<StageMark> stages(Application application, List<HistoricProcessInstance> instances,
                                   Map<String, Stage> stages) {
        String loopKey = teams.get(requisitions.get(application.requisitionId()).teamId()).loopProcessKey();
        boolean over = !application.isActive()
                || instances.stream().anyMatch(i -> i.getId().equals(application.processInstanceId())
                && !HiringHistory.isRunning(i));
        List<StageMark> marks = new ArrayList<>();
        for (dev.onramp.loop.Stage column : loopStages.latestStagesOf(loopKey)) {
            List<HistoricProcessInstance> runs = stages.values().stream().filter(s -> s.key().equals(column.key()))
                    .map(Stage::instance).toList();
            StageState state;
            if (runs.stream().anyMatch(HiringHistory::isRunning)) {
                state = StageState.ACTIVE;
            } else if (runs.stream().anyMatch(i -> HistoricProcessInstance.STATE_COMPLETED.equals(i.getState()))) {
                state = StageState.DONE;
            } else if (!runs.isEmpty()) {
                state = StageState.STOPPED;
            } else {
                state = over ? StageState.NOT_REACHED : StageState.TO_COME;
            }
            marks.add(new StageMark(column.key(), column.name(), state));
        }
        return marks;
    }

    private static ZonedDateTime at(Date date, ZoneId zone) {
        return date == null ? null : date.toInstant().atZone(zone);
    }

    /**
     * An application's steps, oldest first, and its loop's stages.
     *
     * @param zone the viewer's zone, in which every time is given
     */
    /**
     * @param stageName  the name of the loop stage the application last reached, null before its loop (screening)
     * @param phase      where the application is now, read from its running process instances
     * @param waitingFor the names of the tasks open now (what the application waits for)
     */
    public record Timeline(ZoneId zone, List<Entry> entries, List<StageMark> stages, String stageName,
                           ApplicationPhase phase, List<String> waitingFor) {
    }

    /**
     * One step. Either {@code name} is set (the step's name in the process) or {@code messageKey} is
     * (a step of our own, such as the application being added, with {@code who} as its argument).
     *
     * @param who      who did it: the assignee of a user task, the person who added the application
     * @param ended    null while it runs
     * @param canceled it was stopped before it finished (for example, when the candidate withdrew)
     * @param detail   text shown after it, null for none (a feature's event: what changed and why)
     */
    public record Entry(String name, String messageKey, String who, ZonedDateTime started, ZonedDateTime ended,
                        boolean canceled, String detail) {

        public Entry(String name, String messageKey, String who, ZonedDateTime started, ZonedDateTime ended,
                     boolean canceled) {
            this(name, messageKey, who, started, ended, canceled, null);
        }
    }

    /** A stage of the team's loop and how far this application got with it. */
    public record StageMark(String key, String name, StageState state) {
    }

    public enum StageState {
        DONE, ACTIVE, TO_COME, STOPPED, NOT_REACHED;

        public String messageKey() {
            return "timeline.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
