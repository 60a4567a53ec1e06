package dev.onramp.metrics;

import dev.onramp.interview.InterviewStage;
import dev.onramp.mail.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Onramp's own meters for operators, at {@code /actuator/prometheus} (names and alert thresholds in
 * {@code docs/operations.md}). The gauges read a {@link Snapshot} that one scheduled query round refreshes every
 * {@value #REFRESH_MILLIS} ms, so a scrape never queries the database: each refresh is a handful of indexed counts
 * (open tasks grouped by type, not one count per task), whatever the number of scrapers or nodes.
 */
@Component
class OnrampMetrics {

    static final long REFRESH_MILLIS = 30_000;

    static final String OPEN_TASKS = "onramp_open_tasks";
    static final String OVERDUE_FEEDBACK = "onramp_feedback_overdue";
    static final String OUTBOX_BACKLOG = "onramp_outbox_backlog";
    static final String OUTBOX_FAILED = "onramp_outbox_failed";
    static final String FAILED_JOBS = "onramp_jobs_failed";
    static final String INCIDENTS = "onramp_incidents";
    static final String SIGN_IN_FAILURES = "onramp_sign_in_failures";
    static final String REFRESH_FAILURES = "onramp_metrics_refresh_failures";

    /** What the gauges show, as of one refresh. */
    record Snapshot(List<TypeCount> openTasks, long overdueFeedback, long outboxBacklog, long outboxFailed,
                    long failedJobs, long incidents) {
        static final Snapshot EMPTY = new Snapshot(List.of(), 0, 0, 0, 0, 0);
    }

    record TypeCount(String type, long count) {
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Outbox outbox;
    private final Clock clock;
    private final MultiGauge openTasks;
    private final Counter signInFailures;
    private final Counter refreshFailures;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    OnrampMetrics(JdbcClient jdbc, TaskService tasks, ManagementService management, RuntimeService runtime,
                  Outbox outbox, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.outbox = outbox;
        this.clock = clock;
        // the Prometheus registry adds _total to counters
        this.openTasks = MultiGauge.builder(OPEN_TASKS).description("Open user tasks, by task type (its BPMN id)")
                .register(registry);
        Gauge.builder(OVERDUE_FEEDBACK, this, m -> m.snapshot.overdueFeedback())
                .description("Feedback tasks past their due date").register(registry);
        Gauge.builder(OUTBOX_BACKLOG, this, m -> m.snapshot.outboxBacklog())
                .description("Mail messages waiting to be sent").register(registry);
        Gauge.builder(OUTBOX_FAILED, this, m -> m.snapshot.outboxFailed())
                .description("Mail messages given up after their last retry").register(registry);
        Gauge.builder(FAILED_JOBS, this, m -> m.snapshot.failedJobs())
                .description("Engine jobs with no retries left").register(registry);
        Gauge.builder(INCIDENTS, this, m -> m.snapshot.incidents())
                .description("Open engine incidents").register(registry);
        this.signInFailures = Counter.builder(SIGN_IN_FAILURES)
                .description("Failed sign-ins on this node since it started (form and HTTP Basic)").register(registry);
        this.refreshFailures = Counter.builder(REFRESH_FAILURES)
                .description("Refreshes of the onramp_ gauges that failed (the database did not answer)").register(registry);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        signInFailures.increment();
    }

    /** One round of counts; while the database is away the gauges keep their last values and the failure is counted. */
    @Scheduled(initialDelay = 0, fixedDelay = REFRESH_MILLIS)
    void refresh() {
        try {
            snapshot = read();
        } catch (RuntimeException databaseAway) {
            refreshFailures.increment();
            return;
        }
        openTasks.register(snapshot.openTasks().stream()
                .map(row -> MultiGauge.Row.of(Tags.of("type", row.type()), row.count()))
                .toList(), true);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    private Snapshot read() {
        List<TypeCount> open = jdbc.sql("""
                SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ IS NOT NULL GROUP BY TASK_DEF_KEY_
                """).query((rs, n) -> new TypeCount(rs.getString(1), rs.getLong(2))).list();
        long overdue = tasks.createTaskQuery().taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK)
                .dueBefore(Date.from(clock.instant())).count();
        Outbox.Backlog backlog = outbox.backlog();
        long failedJobs = management.createJobQuery().noRetriesLeft().count();
        long incidents = runtime.createIncidentQuery().count();
        return new Snapshot(open, overdue, backlog.pending(), backlog.failed(), failedJobs, incidents);
    }
}
