package dev.onramp.calendar;

import dev.onramp.calendar.InterviewInvites.Invitation;
import dev.onramp.calendar.InterviewInvites.Invitee;
import dev.onramp.interview.InterviewBooked;
import dev.onramp.interview.InterviewCancelled;
import dev.onramp.interview.InterviewRescheduled;
import dev.onramp.mail.MailMessage;
import dev.onramp.mail.MailTemplates;
import dev.onramp.mail.Outbox;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The panel and the candidate get the interview's invite when it is booked, an update (same UID, higher SEQUENCE)
 * when it moves, and the cancellation (METHOD:CANCEL) when it is called off: one mail each with the .ics attached,
 * queued in the {@link Outbox} inside the transaction of the change (a change that rolls back sends nothing). The
 * idempotency key is {@code invite-{interview}-{sequence}-{recipient}}: each version reaches each person once.
 * Someone without a usable address gets no mail (the recruiter sees the interview in Onramp anyway).
 */
@Component
class InviteMails {

    static final String INVITE = "interview-invite";
    static final String UPDATE = "interview-update";
    static final String CANCELLED = "interview-cancelled";
    static final String FILE_NAME = "invite.ics";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(InviteMails.class);

    private final InterviewInvites invites;
    private final MailTemplates templates;
    private final Outbox outbox;

    InviteMails(InterviewInvites invites, MailTemplates templates, Outbox outbox) {
        this.invites = invites;
        this.templates = templates;
        this.outbox = outbox;
    }

    @EventListener
    void on(InterviewBooked booked) {
        send(booked.interviewId(), INVITE);
    }

    @EventListener
    void on(InterviewRescheduled rescheduled) {
        send(rescheduled.interviewId(), UPDATE);
    }

    @EventListener
    void on(InterviewCancelled cancelled) {
        send(cancelled.interviewId(), CANCELLED);
    }

    private void send(long interviewId, String template) {
        Invitation invitation = invites.invitation(interviewId);
        String ics = invites.ics(invitation);
        MailMessage.Attachment attachment = new MailMessage.Attachment(FILE_NAME,
                InterviewInvites.contentType(invitation), ics);
        int queued = 0;
        for (Invitee invitee : invitation.invitees()) {
            if (!MailMessage.isAddress(invitee.email())) {
                continue;
            }
            ZonedDateTime start = invitation.interview().startsAt().atZone(invitee.zone());
            ZonedDateTime end = invitation.interview().endsAt().atZone(invitee.zone());
            Map<String, Object> model = new HashMap<>();
            model.put("name", invitee.name());
            model.put("candidate", invitee.candidate());
            model.put("candidateName", invitation.candidateName());
            model.put("stageName", invitation.interview().stageName());
            model.put("when", WHEN.format(start));
            model.put("until", UNTIL.format(end));
            model.put("zone", invitee.zone().getId());
            model.put("location", invitation.interview().venue().location());
            model.put("videoLink", invitation.interview().venue().videoLink());
            MailTemplates.Rendered mail = templates.render(template, Locale.ENGLISH, model,
                    invitation.interview().stageName());
            String key = "invite-" + interviewId + "-" + invitation.interview().inviteSequence() + "-" + invitee.key();
            if (outbox.enqueue(new MailMessage(key, List.of(invitee.email()), mail.subject(), mail.text(), mail.html(),
                    List.of(attachment)))) {
                queued++;
            }
        }
        log.info("Interview {}: {} queued for {} people (sequence {})", interviewId, template, queued,
                invitation.interview().inviteSequence());
    }
}
