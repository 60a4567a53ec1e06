package dev.onramp.feedback;

import dev.onramp.feedback.FeedbackVisibility.Access;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.SubmittedFeedback;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.NotFoundException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Scorecards and single feedback as their viewers may see them, always through {@link FeedbackVisibility}:
 * the application page, the debrief, {@code /applications/{id}/scorecard} and {@code /feedback/{id}}.
 */
@Service
public class Scorecards implements SubmittedFeedback {

    private final FeedbackVisibility visibility;
    private final FeedbackRepository feedback;
    private final InterviewRepository interviews;
    private final ApplicationRepository applications;
    private final LoopStages loopStages;
    private final PersonRepository people;

    Scorecards(FeedbackVisibility visibility, FeedbackRepository feedback, InterviewRepository interviews,
               ApplicationRepository applications, LoopStages loopStages, PersonRepository people) {
        this.visibility = visibility;
        this.feedback = feedback;
        this.interviews = interviews;
        this.applications = applications;
        this.loopStages = loopStages;
        this.people = people;
    }

    /**
     * The scorecard {@code viewer} may see: the panel's submitted feedback (and their own drafts) with
     * {@link Access#PANEL}, only their own with {@link Access#OWN}, nothing (not visible) with {@link Access#NONE}.
     */
    public Scorecard of(long applicationId, OnrampUser viewer) {
        Access access = visibility.access(applicationId, viewer);
        if (access == Access.NONE) {
            return Scorecard.hidden(applicationId);
        }
        List<Feedback> shown = feedback.findByApplication(applicationId).stream()
                .filter(f -> f.interviewerId() == viewer.personId() || (access.seesPanel() && f.isSubmitted()))
                .toList();
        List<Scorecard.Column> columns = new ArrayList<>();
        Set<String> attributes = new LinkedHashSet<>();
        for (Feedback f : shown) {
            Interview interview = interviews.get(f.interviewId());
            stage(interview).ifPresent(s -> attributes.addAll(s.focus()));
            attributes.addAll(f.scores().keySet());
            columns.add(new Scorecard.Column(f.id(), people.get(f.interviewerId()).displayName(),
                    interview.stageName(), !f.isSubmitted(), f.vote(), f.voteReason(), f.noteForNext(),
                    zoned(f, viewer.timeZone())));
        }
        List<Scorecard.Row> rows = attributes.stream()
                .map(a -> new Scorecard.Row(a, shown.stream().map(f -> f.scores().get(a)).toList())).toList();
        return new Scorecard(applicationId, access, columns, rows);
    }

    /** The scorecard, or 404 for someone who may see nothing of it (or an unknown application). */
    Scorecard requireScorecard(long applicationId, OnrampUser viewer) {
        Scorecard scorecard = of(applicationId, viewer);
        if (!scorecard.isVisible()) {
            throw new NotFoundException("scorecard", applicationId);
        }
        return scorecard;
    }

    /** One feedback, read-only: my own, or someone else's submitted one when the rule lets me see the panel's; else 404. */
    FeedbackView requireFeedback(long feedbackId, OnrampUser viewer) {
        Feedback f = feedback.findById(feedbackId).filter(x -> visibility.maySee(x, viewer))
                .orElseThrow(() -> new NotFoundException("feedback", feedbackId));
        Interview interview = interviews.get(f.interviewId());
        Application application = applications.get(f.applicationId());
        List<String> attributes = new ArrayList<>(stage(interview).map(Stage::focus).orElse(List.of()));
        f.scores().keySet().stream().filter(a -> !attributes.contains(a)).forEach(attributes::add);
        return new FeedbackView(f, people.get(f.interviewerId()).displayName(), interview.stageName(),
                application.candidateName(), attributes, zoned(f, viewer.timeZone()),
                f.interviewerId() == viewer.personId());
    }

    /** My submitted feedback on an interview, for links to it. */
    @Override
    public Optional<Long> mySubmittedFeedbackId(long interviewId, OnrampUser me) {
        return feedback.findByInterviewAndInterviewer(interviewId, me.personId()).filter(Feedback::isSubmitted)
                .map(Feedback::id);
    }

    @Override
    public boolean anySubmitted(long interviewId) {
        return feedback.countSubmitted(interviewId) > 0;
    }

    private Optional<Stage> stage(Interview interview) {
        if (interview.loopProcessDefinitionId() == null) {
            return Optional.empty();
        }
        return loopStages.stagesOf(interview.loopProcessDefinitionId()).stream()
                .filter(s -> s.key().equals(interview.stageKey())).findFirst();
    }

    private static ZonedDateTime zoned(Feedback f, ZoneId zone) {
        return f.submittedAt() == null ? null : f.submittedAt().atZone(zone);
    }

    /** One feedback as {@code /feedback/{id}} shows it; {@code attributes} in the stage's order. */
    record FeedbackView(Feedback feedback, String interviewer, String stageName, String candidateName,
                        List<String> attributes, ZonedDateTime submittedAt, boolean mine) {
    }
}
