package dev.onramp.interview;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The {@value InterviewStage#BEAN_INTERVIEW_PANEL} bean of the stage processes: an interview's panel as
 * usernames, in seat order. The engine evaluates it more than once per stage, so the answer is stable.
 */
@Component(InterviewStage.BEAN_INTERVIEW_PANEL)
public class InterviewPanel {

    private final InterviewRepository interviews;

    public InterviewPanel(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    public List<String> usernames(Long interviewId) {
        if (interviewId == null) {
            throw new IllegalArgumentException("interviewId is required");
        }
        return interviews.panelUsernames(interviewId);
    }
}
