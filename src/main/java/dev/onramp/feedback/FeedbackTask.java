package dev.onramp.feedback;

import dev.onramp.hiring.Application;
import dev.onramp.interview.Interview;
import dev.onramp.loop.Stage;
import org.camunda.bpm.engine.task.Task;

/** An interviewer's open feedback task with its interview, the candidate's application and the stage's scorecard. */
record FeedbackTask(Task task, Interview interview, Application application, Stage stage) {
}
