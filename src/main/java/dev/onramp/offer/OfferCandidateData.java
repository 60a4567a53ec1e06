package dev.onramp.offer;

import dev.onramp.hiring.CandidateData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offer feature's part of a candidate's data: their offer (start date, place, zone, compensation, status, the
 * band check, notes). Anonymising clears the free texts (the recruiter's note, the approver's comment, the decline
 * reason); dates, amounts and statuses stay for the reports.
 */
@Component
@Order(40)
class OfferCandidateData implements CandidateData {

    private final JdbcClient jdbc;
    private final OfferRepository offers;

    OfferCandidateData(JdbcClient jdbc, OfferRepository offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    @Override
    public String part() {
        return "offers";
    }

    @Override
    public Object export(long applicationId) {
        return jdbc.sql("SELECT id FROM offer WHERE application_id = ? ORDER BY id").param(applicationId)
                .query(Long.class).list().stream().map(offers::get).toList();
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.sql("UPDATE offer SET note = NULL, approval_comment = NULL, decline_reason = NULL WHERE application_id = ?")
                .param(applicationId).update();
    }
}
