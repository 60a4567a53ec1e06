package dev.onramp.onboarding;

import dev.onramp.mentor.Assessment;
import dev.onramp.mentor.MentorCandidate;
import dev.onramp.mentor.MentorMatcher;
import dev.onramp.mentor.NewHire;
import dev.onramp.mentor.Suggestion;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Feeds {@link MentorMatcher} (where every mentor rule lives) with what onboarding knows: people with the
 * mentor role, their active mentees, the new hire's hiring panel and who declined this new hire.
 */
@Service
class MentorChoice {

    /** The manager sees this many suggestions. */
    static final int SUGGESTIONS = 3;

    private final MentorMatcher matcher;
    private final PersonRepository people;
    private final MentoringRepository mentoring;

    MentorChoice(MentorMatcher matcher, PersonRepository people, MentoringRepository mentoring) {
        this.matcher = matcher;
        this.people = people;
        this.mentoring = mentoring;
    }

    /** The best eligible mentors, best first. */
    List<Suggestion> suggest(long newHireId) {
        Facts facts = facts(newHireId);
        return matcher.suggest(facts.hire(), mentors(facts), facts.excluded(), SUGGESTIONS);
    }

    /** Everyone with the mentor role, with the rules they break for this new hire ("why not"). */
    List<Assessment> assessMentors(long newHireId) {
        Facts facts = facts(newHireId);
        return matcher.assessAll(facts.hire(), mentors(facts), facts.excluded());
    }

    /** Anyone the manager picks by hand, measured against the same rules. */
    Assessment assess(long newHireId, Person candidate) {
        Facts facts = facts(newHireId);
        return matcher.assess(facts.hire(), candidate(facts, candidate), facts.excluded());
    }

    /** The most active mentees {@code mentor} takes at once (the rule lives in {@link MentorMatcher}). */
    int menteeLimit(Person mentor) {
        return matcher.menteeLimit(mentor);
    }

    private List<MentorCandidate> mentors(Facts facts) {
        return people.findByRole(Role.MENTOR).stream().map(p -> candidate(facts, p)).toList();
    }

    private static MentorCandidate candidate(Facts facts, Person person) {
        return new MentorCandidate(person, facts.mentees().getOrDefault(person.id(), 0),
                facts.panel().contains(person.id()));
    }

    private Facts facts(long newHireId) {
        Person hire = people.get(newHireId);
        NewHire newHire = new NewHire(hire.id(), hire.teamId(), hire.managerId(), hire.workingHours(), hire.startedOn());
        return new Facts(newHire, mentoring.activeMenteeCounts(), mentoring.hiringPanel(newHireId),
                mentoring.decliners(newHireId));
    }

    private record Facts(NewHire hire, Map<Long, Integer> mentees, Set<Long> panel, Set<Long> excluded) {
    }
}
