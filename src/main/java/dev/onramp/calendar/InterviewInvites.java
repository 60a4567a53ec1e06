package dev.onramp.calendar;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewRepository.PanelMember;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An interview's calendar invite (RFC 5545, built with ical4j): one VEVENT with a UID that never changes
 * ({@code interview-{id}@{host of onramp.base-url}}), the interview's SEQUENCE (raised on every change), times in UTC,
 * ORGANIZER the recruiter who booked it, ATTENDEEs the panel and the candidate, LOCATION and URL from its venue.
 * METHOD:REQUEST while it stands, METHOD:CANCEL (and STATUS:CANCELLED) once cancelled. Every text is a property value
 * that ical4j escapes; names go into CN parameters (double quotes, which a parameter cannot hold, are dropped).
 */
@Component
public class InterviewInvites {

    static final String PRODUCT = "-//Onramp//Interviews//EN";

    private final InterviewRepository interviews;
    private final ApplicationRepository applications;
    private final PersonRepository people;
    private final MessageSource messages;
    private final Clock clock;
    private final String host;

    InterviewInvites(InterviewRepository interviews, ApplicationRepository applications, PersonRepository people,
                     MessageSource messages, Clock clock, @Value("${onramp.base-url}") String baseUrl) {
        this.interviews = interviews;
        this.applications = applications;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
        String parsed = URI.create(baseUrl.strip()).getHost();
        this.host = parsed == null || parsed.isBlank() ? "onramp.invalid" : parsed.toLowerCase(Locale.ROOT);
    }

    /** The invite's UID: the same for every version of the interview's invite. */
    public String uid(long interviewId) {
        return "interview-" + interviewId + "@" + host;
    }

    /** Everything an invite and its mails need about one interview. */
    public Invitation invitation(long interviewId) {
        Interview interview = interviews.get(interviewId);
        Application application = applications.get(interview.applicationId());
        List<Invitee> invitees = new ArrayList<>();
        for (PanelMember m : interviews.panel(interviewId)) {
            Person p = people.get(m.personId());
            invitees.add(new Invitee("p" + p.id(), p.displayName(), p.email(), p.timeZone(), false));
        }
        invitees.add(new Invitee("candidate", application.candidateName(), application.candidateEmail(),
                zone(application.candidateZone()), true));
        Person organizer = people.get(interview.scheduledBy());
        return new Invitation(interview, application.candidateName(), organizer.displayName(), organizer.email(),
                invitees);
    }

    /** The .ics text of the invitation: a request while the interview stands, a cancellation once it is cancelled. */
    public String ics(Invitation invitation) {
        Interview i = invitation.interview();
        boolean cancelled = i.status() == Interview.Status.CANCELLED;
        Locale locale = Locale.ENGLISH;
        VEvent event = new VEvent(i.startsAt(), i.endsAt(),
                messages.getMessage("calendar.summary", new Object[] {i.stageName(), invitation.candidateName()}, locale));
        event.add(new Uid(uid(i.id())));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence(i.inviteSequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(messages.getMessage("calendar.description",
                new Object[] {i.stageName(), invitation.candidateName()}, locale)));
        String location = i.venue().location() != null ? i.venue().location() : i.venue().videoLink();
        if (location != null) {
            event.add(new Location(location));
        }
        if (i.venue().videoLink() != null) {
            event.add(new Url(URI.create(i.venue().videoLink())));
        }
        Organizer organizer = new Organizer(mailto(invitation.organizerEmail()));
        organizer.add(new Cn(cn(invitation.organizerName())));
        event.add(organizer);
        for (Invitee invitee : invitation.invitees()) {
            if (invitee.email() == null || invitee.email().isBlank()) {
                continue;
            }
            Attendee attendee = new Attendee(mailto(invitee.email()));
            attendee.add(new Cn(cn(invitee.name())));
            attendee.add(CuType.INDIVIDUAL);
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invite of interview " + i.id() + " is not valid iCalendar", e);
        }
        return out.toString();
    }

    /** {@code text/calendar} with the method the invite carries, as a mail part or a download. */
    public static String contentType(Invitation invitation) {
        return "text/calendar; method="
                + (invitation.interview().status() == Interview.Status.CANCELLED ? "CANCEL" : "REQUEST")
                + "; charset=UTF-8";
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + (email == null || email.isBlank() ? "noreply@onramp.invalid" : email.strip()));
    }

    private static String cn(String name) {
        return name == null ? "" : name.replace("\"", "").replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** An interview with its people, for its invite and mails. */
    public record Invitation(Interview interview, String candidateName, String organizerName, String organizerEmail,
                             List<Invitee> invitees) {
    }

    /**
     * Someone the invite goes to: {@code key} names them in idempotency keys ({@code p17}, {@code candidate}),
     * {@code zone} is where their mail gives the time.
     */
    public record Invitee(String key, String name, String email, ZoneId zone, boolean candidate) {
    }
}
