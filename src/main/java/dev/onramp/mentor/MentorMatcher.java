package dev.onramp.mentor;

import static dev.onramp.mentor.Ineligibility.AT_MENTEE_LIMIT;
import static dev.onramp.mentor.Ineligibility.EXCLUDED;
import static dev.onramp.mentor.Ineligibility.IS_MANAGER;
import static dev.onramp.mentor.Ineligibility.IS_NEW_HIRE;
import static dev.onramp.mentor.Ineligibility.NOT_OPTED_IN;
import static dev.onramp.mentor.Ineligibility.TENURE_TOO_SHORT;
import static dev.onramp.mentor.Ineligibility.TOO_LITTLE_OVERLAP;

import dev.onramp.people.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Who may mentor a new hire, and who fits best: every matching rule lives here. Pure logic; the
 * caller passes in the candidates, their current mentee counts and who is excluded.
 */
@Service
public class MentorMatcher {

    /** Same team first, then not on the hiring panel, fewer mentees, more overlap, then name. */
    static final Comparator<Suggestion> RANKING = Comparator
            .comparing(Suggestion::sameTeam).reversed()
            .thenComparing(Suggestion::onHiringPanel)
            .thenComparingInt(Suggestion::currentMentees)
            .thenComparing(Comparator.comparingDouble(Suggestion::overlapHours).reversed())
            .thenComparing(s -> s.mentor().displayName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(s -> s.mentor().id());

    private static final Comparator<Assessment> BY_NAME = Comparator
            .comparing((Assessment a) -> a.person().displayName(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(a -> a.person().id());

    private final MentoringProperties properties;

    public MentorMatcher(MentoringProperties properties) {
        this.properties = properties;
    }

    /** The best {@code limit} eligible mentors, best first. */
    public List<Suggestion> suggest(NewHire hire, List<MentorCandidate> candidates, Set<Long> excluded, int limit) {
        return assessAll(hire, candidates, excluded).stream()
                .filter(Assessment::eligible)
                .map(Assessment::suggestion)
                .limit(limit)
                .toList();
    }

    /** Every candidate with the rules they break: the eligible ones in ranking order, then the rest by name. */
    public List<Assessment> assessAll(NewHire hire, List<MentorCandidate> candidates, Set<Long> excluded) {
        List<Assessment> all = candidates.stream().map(c -> assess(hire, c, excluded)).toList();
        return Stream.concat(
                all.stream().filter(Assessment::eligible).sorted(Comparator.comparing(Assessment::suggestion, RANKING)),
                all.stream().filter(a -> !a.eligible()).sorted(BY_NAME))
                .toList();
    }

    /** One candidate against every rule; also how a hand-picked mentor is checked. */
    public Assessment assess(NewHire hire, MentorCandidate candidate, Set<Long> excluded) {
        Objects.requireNonNull(excluded, "excluded");
        Person person = candidate.person();
        double overlap = hire.hours().averageDailyOverlapHours(person.workingHours(), hire.startDate());
        List<Ineligibility> reasons = new ArrayList<>();
        if (hire.managerId() != null && hire.managerId() == person.id()) {
            reasons.add(IS_MANAGER);
        }
        if (hire.personId() == person.id()) {
            reasons.add(IS_NEW_HIRE);
        }
        if (!person.mentorOptIn()) {
            reasons.add(NOT_OPTED_IN);
        }
        if (candidate.currentMentees() >= menteeLimit(person)) {
            reasons.add(AT_MENTEE_LIMIT);
        }
        if (!hasTenure(person, hire)) {
            reasons.add(TENURE_TOO_SHORT);
        }
        if (overlap < properties.minOverlapHours()) {
            reasons.add(TOO_LITTLE_OVERLAP);
        }
        if (excluded.contains(person.id())) {
            reasons.add(EXCLUDED);
        }
        boolean sameTeam = hire.teamId() != null && hire.teamId().equals(person.teamId());
        var facts = new Suggestion(person, overlap, candidate.currentMentees(), sameTeam, candidate.onHiringPanel());
        return new Assessment(person, reasons, facts);
    }

    /** How many active mentees {@code person} takes at once: their own limit, else the default. */
    public int menteeLimit(Person person) {
        return person.menteeLimit() != null ? person.menteeLimit() : properties.defaultMenteeLimit();
    }

    /** Exactly the minimum counts; an unknown start date cannot show tenure. */
    private boolean hasTenure(Person person, NewHire hire) {
        return person.startedOn() != null
                && !person.startedOn().plusMonths(properties.minTenureMonths()).isAfter(hire.startDate());
    }
}
