package dev.onramp.onboarding;

import dev.onramp.mentor.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link MentoringRepository} in memory, for process tests that run the real delegates without a database. */
class FakeMentoring extends MentoringRepository {

    final Map<Long, Set<Long>> panels = new HashMap<>();
    final Map<Long, Set<Long>> declines = new HashMap<>();
    final Map<Long, List<String>> declineReasons = new HashMap<>();
    final Map<Long, List<List<Suggestion>>> rounds = new HashMap<>();
    final List<long[]> mentorships = new ArrayList<>();

    FakeMentoring() {
        super(null);
    }

    @Override
    Set<Long> hiringPanel(long newHireId) {
        return panels.getOrDefault(newHireId, Set.of());
    }

    @Override
    Set<Long> decliners(long newHireId) {
        return declines.getOrDefault(newHireId, Set.of());
    }

    @Override
    void insertDecline(long newHireId, long mentorId, String reason, Instant at) {
        declines.computeIfAbsent(newHireId, k -> new HashSet<>()).add(mentorId);
        declineReasons.computeIfAbsent(newHireId, k -> new ArrayList<>()).add(reason);
    }

    @Override
    Map<Long, Integer> activeMenteeCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        mentorships.forEach(m -> counts.merge(m[1], 1, Integer::sum));
        return counts;
    }

    @Override
    int insertSuggestions(long newHireId, List<Suggestion> suggestions, Instant at) {
        List<List<Suggestion>> all = rounds.computeIfAbsent(newHireId, k -> new ArrayList<>());
        all.add(List.copyOf(suggestions));
        return all.size();
    }

    @Override
    void startMentorship(long menteeId, long mentorId, Instant at) {
        mentorships.add(new long[] {menteeId, mentorId});
    }

    @Override
    void endMentorship(long menteeId, Instant at) {
        mentorships.removeIf(m -> m[0] == menteeId);
    }

    List<Suggestion> lastRound(long newHireId) {
        List<List<Suggestion>> all = rounds.getOrDefault(newHireId, List.of());
        return all.isEmpty() ? List.of() : all.get(all.size() - 1);
    }
}
