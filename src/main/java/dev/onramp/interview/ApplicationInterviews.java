package dev.onramp.interview;

import dev.onramp.interview.InterviewRepository.PanelMember;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/** An application's interviews for its page: the fragment {@code interview/application-interviews :: interviews}. */
@Service
public class ApplicationInterviews {

    private final InterviewRepository interviews;
    private final TakeHomes takeHomes;

    ApplicationInterviews(InterviewRepository interviews, TakeHomes takeHomes) {
        this.interviews = interviews;
        this.takeHomes = takeHomes;
    }

    /** The application's interviews, earliest first, with times in {@code viewer}'s zone. */
    public List<InterviewView> forApplication(long applicationId, ZoneId viewer) {
        return interviews.findByApplication(applicationId).stream()
                .map(i -> new InterviewView(i.id(), i.stageName(), i.kind(), i.startsAt().atZone(viewer),
                        i.endsAt().atZone(viewer),
                        interviews.panel(i.id()).stream().map(PanelMember::displayName).toList(), i.status(),
                        takeHomes.isAwaited(i)))
                .toList();
    }

    /** The name of the application's stage {@code stageKey} as its interviews were scheduled; the key if none was. */
    public String stageName(long applicationId, String stageKey) {
        return interviews.findByApplication(applicationId).stream().filter(i -> i.stageKey().equals(stageKey))
                .map(Interview::stageName).reduce((first, last) -> last).orElse(stageKey);
    }
}
