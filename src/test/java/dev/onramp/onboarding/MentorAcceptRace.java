package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.people.PersonRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two accepts of one mentor at once, for their last free place, on whatever database the context runs: the first
 * holds its transaction open after its check and write; the second must wait for it (the lock on the mentor), then
 * see its mentorship and be refused. A read-then-write check would let both through: neither sees the other's
 * uncommitted row.
 */
final class MentorAcceptRace {

    private MentorAcceptRace() {
    }

    static void run(MentoringRepository mentoring, PersonRepository people, TransactionTemplate tx) throws Exception {
        long mentor = people.findByUsername("bea").orElseThrow().id();
        long first = people.findByUsername("sam").orElseThrow().id();
        long second = people.findByUsername("ivan").orElseThrow().id();
        int before = mentoring.activeMenteeCounts().getOrDefault(mentor, 0);
        int limit = before + 1; // one place left
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Boolean> one = pool.submit(() -> tx.execute(status -> {
                boolean started = mentoring.startMentorshipWithin(first, mentor, limit, at);
                firstWrote.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> firstMayCommit.getCount() == 0);
                return started;
            }));
            assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> two = pool.submit(() -> tx.execute(status ->
                    mentoring.startMentorshipWithin(second, mentor, limit, at)));

            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                    .alias("the second accept waits for the first's transaction").until(() -> !two.isDone());
            firstMayCommit.countDown();

            assertThat(one.get(30, TimeUnit.SECONDS)).as("the first takes the last place").isTrue();
            assertThat(two.get(30, TimeUnit.SECONDS)).as("the second sees it taken").isFalse();
            assertThat(mentoring.activeMenteeCounts()).containsEntry(mentor, limit);
            assertThat(mentoring.activeMentorshipOf(first)).map(MentoringRepository.Mentorship::mentorId).contains(mentor);
            assertThat(mentoring.activeMentorshipOf(second)).isEmpty();
        } finally {
            firstMayCommit.countDown();
            pool.shutdownNow();
            mentoring.endMentorship(first, at);
            mentoring.endMentorship(second, at);
        }
    }
}
