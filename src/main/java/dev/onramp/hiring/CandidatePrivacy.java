package dev.onramp.hiring;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import dev.onramp.hiring.ApplicationRepository.AnonymisedReason;
import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates' data lifetime: the export of everything Onramp holds about one candidate, erasure on request, and
 * anonymisation once an application ended longer ago than the retention period. Each is assembled from the
 * {@link CandidateData} parts the features provide, and audited.
 */
@Service
public class CandidatePrivacy {

    private static final Logger log = LoggerFactory.getLogger(CandidatePrivacy.class);

    private final ApplicationRepository applications;
    private final ApplicationActions actions;
    private final List<CandidateData> parts;
    private final AuditLog audit;
    private final PrivacyProperties properties;
    private final Clock clock;

    CandidatePrivacy(ApplicationRepository applications, ApplicationActions actions, List<CandidateData> parts,
                     AuditLog audit, PrivacyProperties properties, Clock clock) {
        this.applications = applications;
        this.actions = actions;
        List<CandidateData> sorted = new java.util.ArrayList<>(parts);
        AnnotationAwareOrderComparator.sort(sorted);
        this.parts = List.copyOf(sorted);
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Everything held about the application's candidate, part by part; audited as an export by {@code by}. */
    @Transactional
    public Map<String, Object> export(long applicationId, OnrampUser by) {
        Application application = applications.get(applicationId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("applicationId", application.id());
        export.put("exportedAt", clock.instant());
        export.put("anonymised", applications.isAnonymised(applicationId));
        Map<String, Object> data = new LinkedHashMap<>();
        for (CandidateData part : parts) {
            data.put(part.part(), part.export(applicationId));
        }
        export.put("data", data);
        audit.record(AuditActions.CANDIDATE_EXPORTED, by.getUsername(), AuditActions.APPLICATION, applicationId,
                "parts=" + String.join(",", data.keySet()));
        log.info("Application {}: candidate's data exported by person {}", applicationId, by.personId());
        return export;
    }

    /**
     * Erases the candidate on request: a running application is withdrawn first (its process ends by the withdrawal
     * path), then every part anonymises its data. All or nothing; false when it was erased before (nothing changes).
     */
    @Transactional
    public boolean erase(long applicationId, ErasureReason reason, OnrampUser by) {
        Application application = applications.get(applicationId);
        if (applications.isAnonymised(applicationId)) {
            return false;
        }
        boolean wasActive = application.isActive();
        if (wasActive) {
            actions.withdraw(applicationId, "Erased on request", by);
        }
        anonymise(applicationId, AnonymisedReason.REQUEST);
        audit.record(AuditActions.CANDIDATE_ERASED, by.getUsername(), AuditActions.APPLICATION, applicationId,
                "reason=" + reason.name() + " withdrawn=" + wasActive);
        log.info("Application {}: candidate erased by person {}", applicationId, by.personId());
        return true;
    }

    /** When an application that ended at {@code endedAt} is due to be anonymised. */
    public Instant dueAt(Instant endedAt) {
        return endedAt.atZone(ZoneOffset.UTC).plus(properties.retention()).toInstant();
    }

    /** The latest end of an application whose data is past its lifetime at {@code now}. */
    Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant();
    }

    /** Anonymises one ended application past its lifetime (the retention job, one transaction each). */
    @Transactional
    public boolean anonymiseExpired(long applicationId, Instant now) {
        Application application = applications.get(applicationId);
        if (application.isActive() || application.endedAt() == null || !application.endedAt().isBefore(cutoff(now))
                || applications.isAnonymised(applicationId)) {
            return false;
        }
        anonymise(applicationId, AnonymisedReason.RETENTION);
        audit.record(AuditActions.CANDIDATE_ANONYMISED, AuditLog.SYSTEM, AuditActions.APPLICATION, applicationId,
                "reason=RETENTION status=" + application.status().name());
        return true;
    }

    private void anonymise(long applicationId, AnonymisedReason reason) {
        for (CandidateData part : parts) {
            part.anonymise(applicationId);
        }
        applications.markAnonymised(applicationId, clock.instant(), reason);
    }

    /** Why a candidate's data is erased (kept in the audit log; a choice, so no free text lands there). */
    public enum ErasureReason {
        CANDIDATE_REQUEST, ENTERED_BY_MISTAKE, LEGAL_OBLIGATION;

        public String messageKey() {
            return "privacy.erase.reason." + name();
        }
    }
}
