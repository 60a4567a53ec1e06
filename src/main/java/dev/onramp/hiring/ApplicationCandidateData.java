package dev.onramp.hiring;

import dev.onramp.tasklist.Notifications;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hiring's part of a candidate's data: the application itself (who, how to reach them, their résumé link, where
 * they came from, how it ended and why), and the requisition it was for. Anonymising replaces the name by
 * "Erased candidate #id" and the e-mail by an address that reaches nobody, and clears the résumé link and the
 * outcome's reason, and the notifications that named the candidate name the erased candidate instead; requisition,
 * zone, country, source, status, stage and dates stay for the reports.
 */
@Component
@Order(0)
class ApplicationCandidateData implements CandidateData {

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final Notifications notifications;

    ApplicationCandidateData(ApplicationRepository applications, RequisitionRepository requisitions,
                             Notifications notifications) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.notifications = notifications;
    }

    @Override
    public String part() {
        return "application";
    }

    @Override
    public Object export(long applicationId) {
        Application a = applications.get(applicationId);
        Requisition requisition = requisitions.get(a.requisitionId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id());
        data.put("candidateName", a.candidateName());
        data.put("candidateEmail", a.candidateEmail());
        data.put("candidateZone", a.candidateZone());
        data.put("candidateCountry", a.candidateCountry());
        data.put("resumeUrl", a.resumeUrl());
        data.put("source", a.source().name());
        data.put("requisitionId", requisition.id());
        data.put("requisitionTitle", requisition.title());
        data.put("status", a.status().name());
        data.put("stage", a.stage());
        data.put("outcomeStage", a.outcomeStage());
        data.put("outcomeReason", a.outcomeReason());
        data.put("screeningNote", applications.screeningNote(applicationId).orElse(null));
        data.put("createdAt", a.createdAt());
        data.put("endedAt", a.endedAt());
        return data;
    }

    @Override
    public void anonymise(long applicationId) {
        String name = applications.get(applicationId).candidateName();
        applications.anonymise(applicationId);
        // people's notifications named the candidate ("Screen Alan Turing"): they name the erased candidate now
        notifications.redact(name, applications.get(applicationId).candidateName());
    }
}
