package dev.onramp.offer;

import dev.onramp.offer.CompensationBand.BandCheck;
import dev.onramp.system.NotFoundException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Offers, one per DecideAndOffer instance. */
@Repository
public class OfferRepository {

    private static final String SELECT = """
            SELECT id, application_id, process_instance_id, start_date, work_country, time_zone, annual_amount,
                   currency, note, status, in_band, band_min, band_max, approval_comment, decline_reason,
                   prepared_by, prepared_at, answered_at
              FROM offer
            """;

    private final JdbcClient jdbc;

    public OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Offer get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("offer", id));
    }

    public Optional<Offer> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(OfferRepository::row).optional();
    }

    /** The offer an application's candidate accepted, if any. */
    public Optional<Offer> findAccepted(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? AND status = 'ACCEPTED' ORDER BY answered_at DESC")
                .param(applicationId).query(OfferRepository::row).stream().findFirst();
    }

    /** Every offer made on the application, newest first (one per decision that ended in an offer). */
    public List<Offer> findByApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? ORDER BY prepared_at DESC, id DESC")
                .param(applicationId).query(OfferRepository::row).list();
    }

    public Optional<Offer> findByProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " WHERE process_instance_id = ?").param(processInstanceId)
                .query(OfferRepository::row).optional();
    }

    /** A new draft. */
    long insert(long applicationId, String processInstanceId, OfferDetails details, long preparedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO offer (application_id, process_instance_id, start_date, work_country, time_zone,
                                   annual_amount, currency, note, status, prepared_by, prepared_at)
                VALUES (:applicationId, :processInstanceId, :startDate, :workCountry, :timeZone,
                        :annualAmount, :currency, :note, :status, :preparedBy, :preparedAt)
                """)
                .param("applicationId", applicationId)
                .param("processInstanceId", processInstanceId)
                .param("startDate", Date.valueOf(details.startDate()))
                .param("workCountry", details.workCountry())
                .param("timeZone", details.timeZone())
                .param("annualAmount", details.annualAmount())
                .param("currency", details.currency())
                .param("note", details.note())
                .param("status", OfferStatus.DRAFT.name())
                .param("preparedBy", preparedBy)
                .param("preparedAt", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The recruiter rewrites a sent-back offer: a draft again, its band to be checked again. */
    void rewrite(long id, OfferDetails details, long preparedBy, Instant at) {
        jdbc.sql("""
                UPDATE offer SET start_date = :startDate, work_country = :workCountry, time_zone = :timeZone,
                                 annual_amount = :annualAmount, currency = :currency, note = :note, status = :status,
                                 in_band = NULL, band_min = NULL, band_max = NULL,
                                 prepared_by = :preparedBy, prepared_at = :preparedAt
                 WHERE id = :id
                """)
                .param("startDate", Date.valueOf(details.startDate()))
                .param("workCountry", details.workCountry())
                .param("timeZone", details.timeZone())
                .param("annualAmount", details.annualAmount())
                .param("currency", details.currency())
                .param("note", details.note())
                .param("status", OfferStatus.DRAFT.name())
                .param("preparedBy", preparedBy)
                .param("preparedAt", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void recordBand(long id, BandCheck band, OfferStatus status) {
        jdbc.sql("UPDATE offer SET in_band = ?, band_min = ?, band_max = ?, status = ? WHERE id = ?")
                .params(band.inBand(), band.min(), band.max(), status.name(), id).update();
    }

    void approve(long id) {
        jdbc.sql("UPDATE offer SET status = ? WHERE id = ?").params(OfferStatus.APPROVED.name(), id).update();
    }

    void sendBack(long id, String comment) {
        jdbc.sql("UPDATE offer SET status = ?, approval_comment = ? WHERE id = ?")
                .params(OfferStatus.SENT_BACK.name(), comment, id).update();
    }

    /** @param declineReason null for an acceptance */
    void answer(long id, OfferStatus status, String declineReason, Instant at) {
        jdbc.sql("UPDATE offer SET status = ?, decline_reason = ?, answered_at = ? WHERE id = ?")
                .params(status.name(), declineReason, Timestamp.from(at), id).update();
    }

    void expire(long id) {
        jdbc.sql("UPDATE offer SET status = ? WHERE id = ? AND answered_at IS NULL")
                .params(OfferStatus.EXPIRED.name(), id).update();
    }

    private static Offer row(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Offer(rs.getLong("id"), rs.getLong("application_id"), rs.getString("process_instance_id"),
                rs.getDate("start_date").toLocalDate(), rs.getString("work_country"), rs.getString("time_zone"),
                rs.getBigDecimal("annual_amount"), rs.getString("currency"), rs.getString("note"),
                OfferStatus.valueOf(rs.getString("status")), rs.getObject("in_band", Boolean.class),
                rs.getBigDecimal("band_min"), rs.getBigDecimal("band_max"), rs.getString("approval_comment"),
                rs.getString("decline_reason"), rs.getLong("prepared_by"),
                rs.getTimestamp("prepared_at").toInstant(), answeredAt == null ? null : answeredAt.toInstant());
    }
}
