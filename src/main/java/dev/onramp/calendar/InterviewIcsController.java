package dev.onramp.calendar;

import dev.onramp.calendar.InterviewInvites.Invitation;
import dev.onramp.hiring.Applications;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.SelfScheduledInterviews;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /interviews/{id}.ics}: the interview's current invite, for whoever may see the interview — its panel,
 * and whoever may see its application (recruiters, admins, the requisition's hiring manager). Anyone else gets the
 * same 404 as for an unknown interview. {@code GET /schedule/{token}/interview.ics}: the candidate's own invite, through
 * the self-scheduling link that booked it (no account; an unknown token or a link that booked nothing is a 404).
 */
@Controller
class InterviewIcsController {

    private final InterviewInvites invites;
    private final InterviewRepository interviews;
    private final Applications applications;
    private final SelfScheduledInterviews selfScheduled;

    InterviewIcsController(InterviewInvites invites, InterviewRepository interviews, Applications applications,
                           SelfScheduledInterviews selfScheduled) {
        this.invites = invites;
        this.interviews = interviews;
        this.applications = applications;
        this.selfScheduled = selfScheduled;
    }

    @GetMapping("/interviews/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id, @AuthenticationPrincipal OnrampUser me) {
        var interview = interviews.findById(id).filter(i -> !i.isTakeHome())
                .orElseThrow(() -> new NotFoundException("interview", id));
        boolean onPanel = interviews.panel(id).stream().anyMatch(p -> p.personId() == me.personId());
        if (!onPanel) {
            // the application's own rule: recruiters, admins, the requisition's hiring manager; else 404
            applications.requireVisible(interview.applicationId(), me);
        }
        return download(id);
    }

    @GetMapping("/schedule/{token}/interview.ics")
    ResponseEntity<String> candidateIcs(@PathVariable String token) {
        long id = selfScheduled.bookedThrough(token).orElseThrow(() -> new NotFoundException("interview", "?"));
        return download(id);
    }

    private ResponseEntity<String> download(long id) {
        Invitation invitation = invites.invitation(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(InterviewInvites.contentType(invitation)))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("interview-" + id + ".ics").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(invites.ics(invitation));
    }
}
