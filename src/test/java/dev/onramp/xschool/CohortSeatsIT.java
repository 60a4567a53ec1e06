package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seats hold on a real PostgreSQL (READ COMMITTED) when many assign at once, as several nodes would:
 * the conditional UPDATE serialises on the cohort row, so the first cohort fills to exactly its
 * capacity and everyone else catches the next train.
 */
@OnrampPostgresTest
class CohortSeatsIT {

    private static final Logger log = LoggerFactory.getLogger(CohortSeatsIT.class);
    private static final int PEOPLE = 50;
    private static final int THREADS = 16;

    @Autowired
    XSchool xschool;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldFillTheFirstCohortToItsCapacityAndSendTheRestToTheNextWhenFiftyAssignAtOnce() throws Exception {
        XSchoolFixtures fixtures = new XSchoolFixtures(cohorts, people, jdbc);
        LocalDate monday = fixtures.freshMonday();
        long first = fixtures.cohort(monday, 40);
        long next = fixtures.cohort(monday.plusWeeks(8), 40);
        LocalDate start = monday.minusWeeks(3);
        List<Long> newHires = IntStream.range(0, PEOPLE).mapToObj(i -> fixtures.newHire(i % 5 == 0 ? "IN" : "US")).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Assignment>> results = new ArrayList<>();
        try {
            for (long person : newHires) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return xschool.assign(person, start);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads waiting at the gate").isTrue();
            long began = System.nanoTime();
            go.countDown();
            List<Assignment> assignments = new ArrayList<>();
            for (Future<Assignment> result : results) {
                assignments.add(result.get(60, TimeUnit.SECONDS)); // an exception in any assignment fails here
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            log.info("X-School: {} concurrent assignments on {} threads took {} ms", PEOPLE, THREADS, took.toMillis());

            assertThat(assignments).filteredOn(a -> a.cohortId() == first).hasSize(40);
            assertThat(assignments).filteredOn(a -> a.cohortId() == next).hasSize(10);
        } finally {
            pool.shutdownNow();
        }

        assertThat(fixtures.seatRows(first)).isEqualTo(40).isEqualTo(fixtures.seatsTaken(first));
        assertThat(fixtures.seatRows(next)).isEqualTo(10).isEqualTo(fixtures.seatsTaken(next));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cohort_seat WHERE person_id IN (:ids)").param("ids", newHires)
                .query(Integer.class).single()).as("one seat each").isEqualTo(PEOPLE);
    }
}
