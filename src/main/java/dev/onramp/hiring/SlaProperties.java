package dev.onramp.hiring;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the people's steps ({@code onramp.sla.<task>.due} and {@code .escalation}, in working days), with
 * the brief's defaults: a task is due, and its assignee (or group) reminded, {@code due} working days after it
 * opens; {@code escalation} working days after it opens someone else is told. Read through
 * {@link SlaDates#due(String)} and {@link SlaDates#escalation(String)}, by the names in {@link #TASKS}.
 */
@ConfigurationProperties(prefix = "onramp.sla")
public class SlaProperties {

    public static final String SCREEN = "screen";
    public static final String SCHEDULE_INTERVIEW = "schedule-interview";
    public static final String SEND_TAKE_HOME = "send-take-home";
    public static final String DEBRIEF = "debrief";
    public static final String PREPARE_OFFER = "prepare-offer";
    public static final String APPROVE_OFFER = "approve-offer";

    private final Deadline screen = new Deadline(HiringProcess.SCREENING_REMINDER_WORKING_DAYS,
            HiringProcess.SCREENING_ESCALATION_WORKING_DAYS);
    private final Deadline scheduleInterview = new Deadline(2, 4);
    private final Deadline sendTakeHome = new Deadline(2, 4);
    private final Deadline debrief = new Deadline(2, 4);
    private final Deadline prepareOffer = new Deadline(2, 4);
    private final Deadline approveOffer = new Deadline(1, 3);

    public Deadline getScreen() {
        return screen;
    }

    public Deadline getScheduleInterview() {
        return scheduleInterview;
    }

    public Deadline getSendTakeHome() {
        return sendTakeHome;
    }

    public Deadline getDebrief() {
        return debrief;
    }

    public Deadline getPrepareOffer() {
        return prepareOffer;
    }

    public Deadline getApproveOffer() {
        return approveOffer;
    }

    /** The deadline of a task by its property name, such as {@link #SCHEDULE_INTERVIEW}. */
    public Deadline deadline(String task) {
        Deadline deadline = tasks().get(task);
        if (deadline == null) {
            throw new NoSuchElementException("no deadline onramp.sla." + task + " (known: " + tasks().keySet() + ")");
        }
        return deadline;
    }

    private Map<String, Deadline> tasks() {
        return Map.of(SCREEN, screen, SCHEDULE_INTERVIEW, scheduleInterview, SEND_TAKE_HOME, sendTakeHome,
                DEBRIEF, debrief, PREPARE_OFFER, prepareOffer, APPROVE_OFFER, approveOffer);
    }

    /** Working days after the task opens: when it is due (and its people are reminded), when it escalates. */
    public static class Deadline {

        private int due;
        private int escalation;

        Deadline(int due, int escalation) {
            this.due = due;
            this.escalation = escalation;
        }

        public int getDue() {
            return due;
        }

        public void setDue(int due) {
            if (due < 0) {
                throw new IllegalArgumentException("a due date must not be negative: " + due);
            }
            this.due = due;
        }

        public int getEscalation() {
            return escalation;
        }

        public void setEscalation(int escalation) {
            if (escalation < 0) {
                throw new IllegalArgumentException("an escalation must not be negative: " + escalation);
            }
            this.escalation = escalation;
        }
    }
}
