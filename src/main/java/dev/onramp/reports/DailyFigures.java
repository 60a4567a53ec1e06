package dev.onramp.reports;

import dev.onramp.feedback.FeedbackSubmitted;
import dev.onramp.hiring.ApplicationEnded;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.interview.InterviewChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' daily figures ({@code V47__report_daily_figures.sql}): per UTC day, what the funnel, the feedback and
 * the interviewer-load reports count of that day's rows, kept for days that ended at least {@link #SETTLED} ago.
 * <p>
 * Exact at any moment, by construction: a day is stored by running the reports' own SQL over that day's rows; every
 * change to a row a stored day counts marks the day dirty in the change's own transaction ({@link #markDays}); a
 * report reads, in one snapshot, the stored days that are neither dirty nor due for the engine's history cleanup
 * ({@link #storedDays}) and computes every other part of its range from the raw rows. {@link #refresh} stores the days
 * a report is about to read that are missing or dirty: it deletes their marks before it computes them, so a change
 * that commits meanwhile leaves its mark and the day is read raw again.
 * <p>
 * The changes, and who tells: a stage (call activity) started or ended, a screening finished, a hiring process ended
 * (the engine's history of the application: the Camunda Spring Boot starter's event bridge, as {@code
 * hiring.LaneRecorder}); an application ended ({@link ApplicationEnded}); an interview added, moved, cancelled or
 * ended ({@link InterviewChanged}); a scorecard submitted ({@link FeedbackSubmitted}). A new application counts on
 * its day of creation, today: never a stored day. Changes to days that ended less than {@link #MARKED} ago are not
 * marked (those days are not stored yet: the gap to {@link #SETTLED} covers a transaction that runs a day).
 */
@Component
class DailyFigures {

    private static final Logger log = LoggerFactory.getLogger(DailyFigures.class);

    /** A UTC day is stored once it ended at least this long ago. */
    static final Duration SETTLED = Duration.ofDays(7);
    /** Changes to a UTC day that ended at least this long ago are marked. */
    static final Duration MARKED = Duration.ofDays(6);
    /** More separate runs of days to read raw than this: the whole range is read raw in one query. */
    static final int MAX_RUNS = 24;

    /** What is stored per day; each kind is stored, marked and read on its own. */
    enum Kind {
        FUNNEL, FEEDBACK, LOAD;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A run of whole UTC days {@code [from, until)}. */
    record Days(LocalDate from, LocalDate until) {

        Instant start() {
            return from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant end() {
            return until.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        boolean isEmpty() {
            return !from.isBefore(until);
        }
    }

    /** A part of a report's range: stored days to sum, or an interval of time to read raw. */
    record Plan(Days stored, List<Days> storedExcept, List<Instant[]> raw) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final ReentrantLock refreshing = new ReentrantLock();
    /** Off: every report reads all its rows (the live computation the stored days must equal; tests compare). */
    private volatile boolean enabled = true;

    DailyFigures(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    static LocalDate utcDay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The whole UTC days inside {@code [start, end)} that may be stored now (possibly none). */
    Days settledDays(Instant start, Instant end) {
        LocalDate first = utcDay(start);
        if (first.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(start)) {
            first = first.plusDays(1);
        }
        LocalDate last = utcDay(end); // exclusive: the day that holds end is whole only if end is its start, and then
        LocalDate settledUntil = utcDay(clock.instant().minus(SETTLED)); // days before this ended SETTLED ago or more
        if (settledUntil.isBefore(last)) {
            last = settledUntil;
        }
        return new Days(first, last.isBefore(first) ? first : last);
    }

    // ---- marks, in the changing transaction ----

    @EventListener
    void on(InterviewChanged changed) {
        jdbc.sql("SELECT starts_at, ends_at FROM interview WHERE id = ?").param(changed.interviewId())
                .query((rs, n) -> {
                    markDays(Kind.LOAD, rs.getTimestamp("starts_at").toInstant(), changed.previousStartsAt());
                    markDays(Kind.FEEDBACK, rs.getTimestamp("ends_at").toInstant(), changed.previousEndsAt());
                    return null;
                }).list();
    }

    @EventListener
    void on(FeedbackSubmitted submitted) {
        jdbc.sql("SELECT ends_at FROM interview WHERE id = ?").param(submitted.interviewId())
                .query((rs, n) -> {
                    markDays(Kind.FEEDBACK, rs.getTimestamp("ends_at").toInstant(), null);
                    return null;
                }).list();
    }

    @EventListener
    void on(ApplicationEnded ended) {
        markApplication(ended.applicationId());
    }

    /**
     * The engine's history rows the funnel reads: a call activity's start (its row) and end (its duration), a
     * screening's end, and the end of the hiring process (the engine sets the removal time of its history).
     */
    @EventListener
    void on(DelegateExecution execution) {
        String event = execution.getEventName();
        boolean start = ExecutionListener.EVENTNAME_START.equals(event);
        if (!start && !ExecutionListener.EVENTNAME_END.equals(event)) {
            return;
        }
        String activityId = execution.getCurrentActivityId();
        boolean counted;
        if (!start && HiringProcess.TASK_SCREEN.equals(activityId)) {
            counted = true;
        } else if (!start && execution.getId().equals(execution.getProcessInstanceId())
                && execution.getProcessInstanceId().equals(execution.getActivityInstanceId())) {
            counted = true; // a process instance ended (the hiring process: its history gets a removal time)
        } else if (activityId == null) {
            counted = false;
        } else {
            FlowElement element;
            try {
                element = execution.getBpmnModelElementInstance();
            } catch (RuntimeException e) {
                element = null;
            }
            // an element not known is marked: a mark too many costs a recount of a day, never a wrong figure
            counted = element == null || element instanceof CallActivity;
        }
        if (!counted) {
            return;
        }
        Long applicationId = HiringProcess.applicationId(execution.getProcessBusinessKey());
        if (applicationId != null) { // else not an application's process
            markApplication(applicationId);
        }
    }

    private void markApplication(long applicationId) {
        jdbc.sql("SELECT created_at FROM application WHERE id = ?").param(applicationId)
                .query((rs, n) -> {
                    markDays(Kind.FUNNEL, rs.getTimestamp("created_at").toInstant(), null);
                    return null;
                }).list();
    }

    /** Marks the UTC days of {@code at} and {@code before} (if any) dirty, when they ended {@link #MARKED} ago. */
    void markDays(Kind kind, Instant at, Instant before) {
        LocalDate markedUntil = utcDay(clock.instant().minus(MARKED));
        Set<LocalDate> days = new TreeSet<>();
        for (Instant i : new Instant[] {at, before}) {
            if (i != null && utcDay(i).isBefore(markedUntil)) {
                days.add(utcDay(i));
            }
        }
        for (LocalDate day : days) {
            jdbc.sql("INSERT INTO report_day_dirty (kind, utc_day) VALUES (?, ?)").params(kind.key(), day).update();
        }
    }

    // ---- reading: which days are stored and clean, and what to read raw ----

    /**
     * Within the current transaction: of {@code days}, those stored and clean (and for the funnel not due for the
     * history cleanup), as the days to leave out of {@code days} ({@code storedExcept}, in runs), and the intervals of
     * {@code [start, end)} to read raw (the edges, recent days, and the runs left out).
     */
    Plan plan(Kind kind, Instant start, Instant end) {
        Days days = settledDays(start, end);
        List<Instant[]> raw = new ArrayList<>();
        if (days.isEmpty() || !enabled) {
            raw.add(new Instant[] {start, end});
            return new Plan(new Days(days.from(), days.from()), List.of(), raw);
        }
        TreeSet<LocalDate> notStored = notStored(kind, days);
        List<Days> runs = runs(notStored);
        if (runs.size() > MAX_RUNS) {
            raw.add(new Instant[] {start, end});
            return new Plan(new Days(days.from(), days.from()), List.of(), raw);
        }
        if (start.isBefore(days.start())) {
            raw.add(new Instant[] {start, days.start()});
        }
        for (Days run : runs) {
            raw.add(new Instant[] {run.start(), run.end()});
        }
        if (days.end().isBefore(end)) {
            raw.add(new Instant[] {days.end(), end});
        }
        return new Plan(days, runs, raw);
    }

    /** Of {@code days}: not stored, dirty, or (funnel) holding history rows the engine may remove by now. */
    private TreeSet<LocalDate> notStored(Kind kind, Days days) {
        TreeSet<LocalDate> missing = new TreeSet<>();
        for (LocalDate d = days.from(); d.isBefore(days.until()); d = d.plusDays(1)) {
            missing.add(d);
        }
        missing.removeAll(jdbc.sql("SELECT utc_day FROM report_day_done WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                .params(kind.key(), days.from(), days.until()).query(LocalDate.class).list());
        missing.addAll(jdbc.sql("SELECT DISTINCT utc_day FROM report_day_dirty WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                .params(kind.key(), days.from(), days.until()).query(LocalDate.class).list());
        if (kind == Kind.FUNNEL) {
            missing.addAll(jdbc.sql("""
                    SELECT DISTINCT utc_day FROM report_funnel_step_day
                     WHERE utc_day >= ? AND utc_day < ? AND removal_from <= ?
                    """).params(days.from(), days.until(), Timestamp.from(clock.instant()))
                    .query(LocalDate.class).list());
        }
        return missing;
    }

    /** Consecutive days as runs. */
    static List<Days> runs(Collection<LocalDate> sortedDays) {
        List<Days> runs = new ArrayList<>();
        LocalDate from = null;
        LocalDate next = null;
        for (LocalDate d : sortedDays) {
            if (from != null && d.equals(next)) {
                next = d.plusDays(1);
                continue;
            }
            if (from != null) {
                runs.add(new Days(from, next));
            }
            from = d;
            next = d.plusDays(1);
        }
        if (from != null) {
            runs.add(new Days(from, next));
        }
        return runs;
    }

    /** SQL that leaves the plan's runs out of stored days ({@code s.utc_day}), with its parameters added to {@code args}. */
    static String storedDaysClause(Plan plan, List<Object> args) {
        StringBuilder sql = new StringBuilder("s.utc_day >= ? AND s.utc_day < ?");
        args.add(plan.stored().from());
        args.add(plan.stored().until());
        for (Days run : plan.storedExcept()) {
            sql.append(" AND NOT (s.utc_day >= ? AND s.utc_day < ?)");
            args.add(run.from());
            args.add(run.until());
        }
        return sql.toString();
    }

    // ---- storing ----

    /** How a kind's days are computed from the raw rows and stored: deletes a run's rows, inserts them anew. */
    interface Store {
        void delete(Days run);

        void compute(Days run);
    }

    /**
     * Stores the days of {@code [start, end)} that may be stored and are missing or dirty, in a transaction of its
     * own; a concurrent refresh of the same days (another node) fails on {@code report_day_done}'s key and leaves
     * them to the next report (the report is exact either way: it reads what is not stored raw).
     */
    void refresh(Kind kind, Instant start, Instant end, Store store) {
        Days days = settledDays(start, end);
        if (days.isEmpty() || !enabled) {
            return;
        }
        if (!refreshing.tryLock()) {
            return; // another report stores days now: this one reads what is not stored from the rows
        }
        try {
            writes.executeWithoutResult(status -> {
                List<Days> runs = runs(notStored(kind, days));
                for (Days run : runs) {
                    // marks first: a change that commits after this statement keeps its mark
                    jdbc.sql("DELETE FROM report_day_dirty WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                            .params(kind.key(), run.from(), run.until()).update();
                    jdbc.sql("DELETE FROM report_day_done WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                            .params(kind.key(), run.from(), run.until()).update();
                    store.delete(run);
                    store.compute(run);
                    insertDone(kind, run);
                }
            });
        } catch (DataAccessException e) {
            log.info("Daily figures of {} not stored this time ({}); read from the rows", kind.key(), e.getMessage());
        } finally {
            refreshing.unlock();
        }
    }

    /** {@code report_day_done}'s rows of a run, up to 100 a statement. */
    private void insertDone(Kind kind, Days run) {
        List<Object> args = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (LocalDate d = run.from(); d.isBefore(run.until()); d = d.plusDays(1)) {
            values.append(values.isEmpty() ? "(?, ?)" : ", (?, ?)");
            args.add(kind.key());
            args.add(d);
            if (args.size() == 200 || !d.plusDays(1).isBefore(run.until())) {
                jdbc.sql("INSERT INTO report_day_done (kind, utc_day) VALUES " + values).params(args).update();
                args.clear();
                values.setLength(0);
            }
        }
    }

    /** Forgets every stored day: the next reports compute them again (after rows were loaded with plain SQL). */
    void rebuildAll() {
        writes.executeWithoutResult(status -> jdbc.sql("DELETE FROM report_day_done").update());
    }
}
