package dev.onramp.interview;

import dev.onramp.people.OnrampUser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/** What the schedule and take-home forms show alike: the task, the candidate, the stage and the pool. */
final class StageForms {

    private StageForms() {
    }

    static void describe(StageTask t, List<PoolMember> pool, InterviewerPicks proposed, OnrampUser me, Model model) {
        Set<Long> proposedIds = proposed.chosen().stream().map(PoolMember::personId).collect(Collectors.toSet());
        model.addAttribute("task", t.task());
        model.addAttribute("app", t.application()); // not "application": Thymeleaf reserves that name
        model.addAttribute("stage", t.stage());
        model.addAttribute("stageName", t.stageName());
        model.addAttribute("candidateZone", t.candidateZone());
        model.addAttribute("viewerZone", me.timeZone());
        model.addAttribute("pool", pool.stream().map(m -> new PoolRow(m.personId(), m.displayName(),
                m.hours().zone().getId(), m.bookedThisWeek(), m.weeklyLimit(), !m.hasRoom(),
                proposedIds.contains(m.personId()))).toList());
        model.addAttribute("shortOfPeople", proposed.shortOfPeople());
    }

    /** One person of the pool as the form lists them. */
    record PoolRow(long personId, String displayName, String zone, int bookedThisWeek, int weeklyLimit, boolean full,
                   boolean proposed) {
    }
}
