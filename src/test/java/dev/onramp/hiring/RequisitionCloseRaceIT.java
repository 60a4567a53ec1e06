package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.hiring.Applications.RequisitionClosedException;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampPostgresTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A requisition closed while candidates are being added, on a real PostgreSQL (READ COMMITTED, job executor on):
 * an addition locks the requisition row {@code FOR SHARE}, the close updates it. Additions to one open requisition
 * run side by side; a close waits for the additions under way and the additions after it see it closed.
 */
@OnrampPostgresTest
class RequisitionCloseRaceIT {

    private static final Logger log = LoggerFactory.getLogger(RequisitionCloseRaceIT.class);
    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 6;

    @Autowired
    Applications applications;

    @Autowired
    Requisitions requisitions;

    @Autowired
    RequisitionRepository requisitionRows;

    @Autowired
    TeamRepository teams;

    @Autowired
    UserDetailsService users;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void shouldAddToOneOpenRequisitionSideBySideAndMakeTheCloseWaitForTheAdditionUnderWay() throws Exception {
        long requisition = openRequisition();
        OnrampUser rita = rita();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch firstAdded = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Long> held = pool.submit(() -> tx.execute(status -> {
                long id = applications.add(requisition, form(), rita);
                firstAdded.countDown();
                await().atMost(Duration.ofSeconds(60)).until(() -> firstMayCommit.getCount() == 0);
                return id;
            }));
            assertThat(firstAdded.await(60, TimeUnit.SECONDS)).isTrue();

            Future<Long> beside = pool.submit(() -> applications.add(requisition, form(), rita));
            assertThat(beside.get(30, TimeUnit.SECONDS)).as("a second addition does not queue behind the open one")
                    .isPositive();
            assertThat(held.isDone()).as("the first is still open").isFalse();

            Future<Boolean> close = pool.submit(() -> requisitions.close(requisition, "Filled", rita));
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(10))
                    .alias("the close waits for the addition under way").until(() -> !close.isDone());
            firstMayCommit.countDown();

            long first = held.get(30, TimeUnit.SECONDS);
            assertThat(close.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(statusOf(first)).as("ended by the close it committed before").isEqualTo("REQUISITION_CLOSED");
            assertThat(statusOf(beside.get())).isEqualTo("REQUISITION_CLOSED");
            assertThat(runningProcesses(List.of(first, beside.get()))).isZero();
        } finally {
            firstMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void shouldEitherAddBeforeTheCloseOrAnswerClosedWhenACloseRacesConcurrentAdditions() throws Exception {
        long requisition = openRequisition();
        OnrampUser rita = rita();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> workers = new ArrayList<>();
        long closeCommitted;
        try {
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                        long began = System.nanoTime();
                        try {
                            long id = applications.add(requisition, form(), rita);
                            attempts.add(new Attempt(began, id, null));
                        } catch (RuntimeException e) {
                            attempts.add(new Attempt(began, null, e));
                        }
                        finished.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            await().atMost(Duration.ofSeconds(60)).until(() -> finished.get() >= THREADS);
            long closeBegan = System.nanoTime();
            assertThat(requisitions.close(requisition, "Filled", rita)).isTrue();
            closeCommitted = System.nanoTime(); // the service's transaction has committed when close returns
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
            log.info("Close raced {} additions: {} added ({} of them begun after the close began), {} answered closed;"
                            + " the close took {} ms", attempts.size(), attempts.stream().filter(Attempt::added).count(),
                    attempts.stream().filter(a -> a.added() && a.began() > closeBegan).count(),
                    attempts.stream().filter(Attempt::closed).count(),
                    Duration.ofNanos(closeCommitted - closeBegan).toMillis());
        } finally {
            pool.shutdownNow();
        }

        assertThat(attempts).hasSize(THREADS * ATTEMPTS_PER_THREAD);
        assertThat(attempts).as("every addition was added or answered closed: no deadlock, no other error")
                .allSatisfy(a -> assertThat(a.added() || a.closed()).as(String.valueOf(a.error())).isTrue());
        assertThat(attempts).filteredOn(Attempt::added).as("some were added before the close").isNotEmpty();
        assertThat(attempts).filteredOn(Attempt::closed).as("some came after it").isNotEmpty();
        assertThat(attempts).filteredOn(a -> a.began() > closeCommitted).as("begun after the close committed")
                .allSatisfy(a -> assertThat(a.closed()).isTrue());
        List<Long> added = attempts.stream().filter(Attempt::added).map(Attempt::applicationId).toList();
        assertThat(jdbc.sql("SELECT id FROM application WHERE requisition_id = ?").param(requisition).query(Long.class)
                .list()).as("exactly the additions that succeeded").containsExactlyInAnyOrderElementsOf(added);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM application WHERE requisition_id = ?").param(requisition)
                .query(String.class).list()).as("none added after the close committed: the close ended them all")
                .containsExactly("REQUISITION_CLOSED");
        assertThat(runningProcesses(added)).isZero();
    }

    /** One call of {@link Applications#add}: its id, or what it threw. */
    private record Attempt(long began, Long applicationId, RuntimeException error) {

        boolean added() {
            return applicationId != null;
        }

        boolean closed() {
            return error instanceof RequisitionClosedException;
        }
    }

    private long openRequisition() {
        Team team = teams.findBySlug("beats").orElseThrow();
        return requisitionRows.insert(new NewRequisition(team.id(), "Race engineer " + UUID.randomUUID(),
                team.hiringManagerId(), "Anywhere", 1, "", rita().personId(), clock.instant()));
    }

    private OnrampUser rita() {
        return (OnrampUser) users.loadUserByUsername("rita");
    }

    private static ApplicationForm form() {
        return new ApplicationForm("Ada Race", UUID.randomUUID() + "@example.com", "Europe/London", "GB", null,
                Application.Source.REFERRAL);
    }

    private String statusOf(long applicationId) {
        return jdbc.sql("SELECT status FROM application WHERE id = ?").param(applicationId).query(String.class).single();
    }

    private long runningProcesses(List<Long> applicationIds) {
        return applicationIds.stream().mapToLong(id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(HiringProcess.businessKey(id)).count()).sum();
    }
}
