package dev.onramp.interview;

import dev.onramp.hiring.ApplicationTimeline.Entry;
import dev.onramp.hiring.TimelineEvents;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each {@link InterviewEvent} on the application's timeline: who, when, which interview, the times before and after a
 * reschedule, and the reason.
 */
@Component
class InterviewTimeline implements TimelineEvents {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final InterviewRepository interviews;
    private final PersonRepository people;
    private final MessageSource messages;

    InterviewTimeline(InterviewRepository interviews, PersonRepository people, MessageSource messages) {
        this.interviews = interviews;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public List<Entry> entries(long applicationId, ZoneId viewer) {
        List<InterviewEvent> events = interviews.eventsOfApplication(applicationId);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, String> stageNames = new HashMap<>();
        interviews.findByApplication(applicationId).forEach(i -> stageNames.put(i.id(), i.stageName()));
        Map<Long, String> names = new HashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        return events.stream().map(e -> {
            String who = names.computeIfAbsent(e.recordedBy(),
                    id -> people.findById(id).map(Person::displayName).orElse(""));
            String stage = stageNames.getOrDefault(e.interviewId(), "");
            String reason = Optional.ofNullable(e.reason()).orElse("—");
            String detail = switch (e.kind()) {
                case HELD -> messages.getMessage("interview.timeline.held.detail", new Object[] {stage}, locale);
                case RESCHEDULED -> messages.getMessage("interview.timeline.rescheduled.detail", new Object[] {stage,
                        WHEN.format(e.previousStartsAt().atZone(viewer)), WHEN.format(e.startsAt().atZone(viewer)),
                        viewer.getId(), reason}, locale);
                case CANCELLED -> messages.getMessage("interview.timeline.cancelled.detail",
                        new Object[] {stage, reason}, locale);
                case NO_SHOW -> messages.getMessage("interview.timeline.noShow.detail", new Object[] {stage,
                        messages.getMessage(e.noShowOf().messageKey(), null, locale), reason}, locale);
            };
            return new Entry(null, e.kind().messageKey(), who, e.recordedAt().atZone(viewer), null, false, detail);
        }).toList();
    }
}
