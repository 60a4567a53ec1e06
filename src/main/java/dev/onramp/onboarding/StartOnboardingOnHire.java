package dev.onramp.onboarding;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.CandidateHired;
import dev.onramp.hiring.Requisition;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.offer.Offer;
import dev.onramp.offer.OfferRepository;
import java.time.ZoneId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hire starts onboarding: the accepted offer gives the start date, the work zone and country; the
 * requisition gives the team and the manager (its hiring manager); the interview panels give the people a
 * mentor should ideally not be. Runs inside the hand-off job's transaction, so a failure here retries the job
 * and nothing is half done.
 */
@Component
class StartOnboardingOnHire {

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final OfferRepository offers;
    private final InterviewRepository interviews;
    private final Onboarding onboarding;

    StartOnboardingOnHire(ApplicationRepository applications, RequisitionRepository requisitions, OfferRepository offers,
                          InterviewRepository interviews, Onboarding onboarding) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.offers = offers;
        this.interviews = interviews;
        this.onboarding = onboarding;
    }

    @EventListener
    void on(CandidateHired hired) {
        Application application = applications.get(hired.applicationId());
        Requisition requisition = requisitions.get(hired.requisitionId());
        Offer offer = offers.findAccepted(hired.applicationId())
                .orElseThrow(() -> new IllegalStateException("application " + hired.applicationId() + " was hired without an accepted offer"));
        onboarding.start(new NewHireDetails(application.id(), application.candidateName(), application.candidateEmail(),
                ZoneId.of(offer.timeZone()), offer.workCountry(), requisition.teamId(), requisition.hiringManagerId(),
                offer.startDate(), interviews.panelOfApplication(application.id())));
    }
}
