package dev.onramp.feedback;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.Applications;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Feedback is independent: the one rule of who sees which feedback, which every page and endpoint that shows
 * feedback goes through. A person sees the whole panel's feedback and votes on an application iff they are a
 * recruiter, an admin, the requisition's hiring manager, or they have SUBMITTED their own feedback on that
 * application. An interviewer on one of its panels who has not submitted sees only their own; anyone else nothing.
 */
@Service
public class FeedbackVisibility {

    /** What a person may see of an application's feedback. */
    public enum Access {
        /** everyone's submitted feedback and votes (and my own drafts) */
        PANEL,
        /** only my own feedback: I sit on a panel but have not submitted yet */
        OWN,
        /** nothing: answered as 404 wherever an id is asked for */
        NONE;

        public boolean seesPanel() {
            return this == PANEL;
        }
    }

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final Applications applicationRules;
    private final FeedbackRepository feedback;

    FeedbackVisibility(ApplicationRepository applications, RequisitionRepository requisitions,
                       Applications applicationRules, FeedbackRepository feedback) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.applicationRules = applicationRules;
        this.feedback = feedback;
    }

    /** The rule. An unknown application is NONE. */
    public Access access(long applicationId, OnrampUser viewer) {
        Optional<Application> application = applications.findById(applicationId);
        if (application.isEmpty()) {
            return Access.NONE;
        }
        if (applicationRules.maySeeApplicationsOf(requisitions.get(application.get().requisitionId()), viewer)
                || feedback.hasSubmitted(applicationId, viewer.personId())) {
            return Access.PANEL;
        }
        if (feedback.isOnPanel(applicationId, viewer.personId())) {
            return Access.OWN;
        }
        return Access.NONE;
    }

    /** Whether {@code viewer} may read this one feedback: their own always, anyone else's submitted one by the rule. */
    boolean maySee(Feedback f, OnrampUser viewer) {
        if (f.interviewerId() == viewer.personId()) {
            return true;
        }
        return f.isSubmitted() && access(f.applicationId(), viewer).seesPanel();
    }
}
