package dev.onramp.offer;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOffer.OfferAnswer;
import dev.onramp.decision.DecideAndOfferTasks;
import dev.onramp.offer.CompensationBand.BandCheck;
import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer's steps: the recruiter writes it, the band is checked, the hiring manager approves or sends back an
 * offer outside the band, the recruiter records the answer, or it expires. Each form's step saves the offer and
 * completes its task in one transaction.
 */
@Service
class Offers {

    private final DecideAndOfferTasks tasks;
    private final OfferRepository offers;
    private final ManagementService management;
    private final Clock clock;
    private final AuditLog audit;

    Offers(DecideAndOfferTasks tasks, OfferRepository offers, ManagementService management, Clock clock,
           AuditLog audit) {
        this.tasks = tasks;
        this.offers = offers;
        this.management = management;
        this.clock = clock;
        this.audit = audit;
    }

    private void audit(String action, String actor, long offerId, String detail) {
        audit.record(action, actor, AuditActions.OFFER, offerId, detail);
    }

    /** The offer of the task's process instance, if the recruiter has written one (for a send-back). */
    Optional<Offer> offerOf(Task task) {
        return offers.findByProcessInstance(task.getProcessInstanceId());
    }

    /** The offer a task after {@code Task_PrepareOffer} is about. */
    Offer offerFor(Task task) {
        return offers.get(tasks.offerId(task));
    }

    /** When an offer with the candidate expires: the due date of its timer. */
    Optional<Instant> expiresAt(Task task) {
        return Optional.ofNullable(management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                        .activityId(DecideAndOffer.TIMER_OFFER_EXPIRED).singleResult())
                .map(Job::getDuedate).map(Date::toInstant);
    }

    @Transactional
    void prepare(Task task, OfferDetails details, OnrampUser me) {
        OfferDetails.startDates(LocalDate.now(clock.withZone(ZoneId.of(details.timeZone()))))
                .require("startDate", details.startDate());
        OfferDetails.ANNUAL_AMOUNT.require("annualAmount", details.annualAmount());
        long applicationId = tasks.applicationId(task);
        long id = offerOf(task).map(existing -> {
            offers.rewrite(existing.id(), details, me.personId(), clock.instant());
            return existing.id();
        }).orElseGet(() -> offers.insert(applicationId, task.getProcessInstanceId(), details,
                me.personId(), clock.instant()));
        tasks.complete(task, me, Map.of(DecideAndOffer.VAR_OFFER_ID, id));
        audit(AuditActions.OFFER_PREPARED, me.getUsername(), id, "application=" + applicationId);
    }

    /**
     * After {@code Task_CheckBand} evaluated {@link CompensationBand}: records the band on the offer; outside it,
     * the offer waits for approval.
     */
    void recordBand(long offerId, BandCheck band) {
        offers.recordBand(offerId, band, band.inBand() ? OfferStatus.APPROVED : OfferStatus.AWAITING_APPROVAL);
    }

    @Transactional
    void approve(Task task, OnrampUser me) {
        long id = tasks.offerId(task);
        offers.approve(id);
        tasks.complete(task, me, Map.of(DecideAndOffer.VAR_OFFER_APPROVED, true));
        audit(AuditActions.OFFER_APPROVED, me.getUsername(), id, "approved=true");
    }

    @Transactional
    void sendBack(Task task, String comment, OnrampUser me) {
        long id = tasks.offerId(task);
        offers.sendBack(id, comment.strip());
        tasks.complete(task, me, Map.of(DecideAndOffer.VAR_OFFER_APPROVED, false));
        audit(AuditActions.OFFER_SENT_BACK, me.getUsername(), id, "approved=false");
    }

    /** @param declineReason required for a decline, ignored for an acceptance */
    @Transactional
    void answer(Task task, OfferAnswer answer, String declineReason, OnrampUser me) {
        boolean accepted = answer == OfferAnswer.ACCEPTED;
        long id = tasks.offerId(task);
        offers.answer(id, accepted ? OfferStatus.ACCEPTED : OfferStatus.DECLINED,
                accepted ? null : declineReason.strip(), clock.instant());
        tasks.complete(task, me, Map.of(DecideAndOffer.VAR_OFFER_ANSWER, answer.name()));
        audit(AuditActions.OFFER_ANSWERED, me.getUsername(), id, "answer=" + answer.name());
    }

    /** {@code Task_ExpireOffer}: no answer in time. */
    void expire(long offerId) {
        offers.expire(offerId);
        audit(AuditActions.OFFER_EXPIRED, AuditLog.SYSTEM, offerId, "answer=none");
    }
}
