package dev.onramp.interview;

import dev.onramp.loop.Stage;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.Requisition;
import dev.onramp.people.WorkingHours;
import java.time.ZoneId;
import org.camunda.bpm.engine.task.Task;

/**
 * A stage's first task (schedule an interview, send a take-home) with what its form needs: the application,
 * its requisition, the stage's scorecard from the loop version the candidate is on, and that loop version.
 */
record StageTask(Task task, Application application, Requisition requisition, Stage stage, String stageName,
                 String loopProcessDefinitionId) {

    ZoneId candidateZone() {
        return ZoneId.of(application.candidateZone());
    }

    /** The candidate's working hours: 09:00–18:00 in their zone. */
    WorkingHours candidateHours() {
        return WorkingHours.standard(candidateZone());
    }
}
