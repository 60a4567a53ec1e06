package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Mentorships in the database: a mentee counts against their mentor's limit until the mentorship ends. */
@OnrampAppTest
class MentoringRepositoryTest {

    @Autowired
    MentoringRepository mentoring;

    @Autowired
    PersonRepository people;

    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldFreeTheMentorsPlaceWhenTheMentorshipEnds() {
        long mentor = people.findByUsername("mia").orElseThrow().id();
        long mentee = people.findByUsername("sam").orElseThrow().id();
        int before = mentoring.activeMenteeCounts().getOrDefault(mentor, 0);

        mentoring.startMentorship(mentee, mentor, Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(mentoring.activeMenteeCounts()).containsEntry(mentor, before + 1);
        assertThat(mentoring.activeMentorshipOf(mentee)).isPresent();

        mentoring.endMentorship(mentee, Instant.parse("2026-06-01T09:00:00Z"));
        mentoring.endMentorship(mentee, Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(mentoring.activeMenteeCounts().getOrDefault(mentor, 0)).isEqualTo(before);
        assertThat(mentoring.activeMentorshipOf(mentee)).isEmpty();
    }

    @Test
    void shouldLetOnlyOneOfTwoAcceptsAtOnceTakeTheMentorsLastPlace() throws Exception {
        MentorAcceptRace.run(mentoring, people, tx);
    }

    @Test
    void shouldRefuseAnAcceptAtTheLimitAndLetTheSameMenteeBeAcceptedAgain() {
        long mentor = people.findByUsername("bea").orElseThrow().id();
        long mentee = people.findByUsername("sam").orElseThrow().id();
        int before = mentoring.activeMenteeCounts().getOrDefault(mentor, 0);
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        try {
            assertThat(mentoring.startMentorshipWithin(mentee, mentor, before, at)).as("no place left").isFalse();
            assertThat(mentoring.activeMentorshipOf(mentee)).isEmpty();
            assertThat(mentoring.startMentorshipWithin(mentee, mentor, before + 1, at)).isTrue();
            assertThat(mentoring.startMentorshipWithin(mentee, mentor, before + 1, at)).as("a retry").isTrue();
            assertThat(mentoring.activeMenteeCounts()).containsEntry(mentor, before + 1);
        } finally {
            mentoring.endMentorship(mentee, at);
        }
    }
}
