package dev.onramp.reports;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.loop.LoopStages;
import dev.onramp.system.Databases;
import dev.onramp.reports.Report.Chart;
import dev.onramp.reports.Report.Series;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' SQL over our tables and the engine's history ({@code ACT_HI_ACTINST}), portable between H2 and
 * PostgreSQL. Every query is bounded by the range (at most {@link ReportRange#MAX_DAYS} days, on an indexed column)
 * and aggregates in the database where it can; what comes back is at most a row per team and stage, per person and
 * day, or per hire in the range. Engine history is kept {@code historyTimeToLive} (180 days): the funnel's times in
 * stage cover that much.
 */
@Component
class ReportQueries {

    static final String TIME_TO_HIRE = "time-to-hire";
    static final String FUNNEL = "funnel";
    static final String FEEDBACK_INTERVIEWERS = "feedback-interviewers";
    static final String FEEDBACK_TEAMS = "feedback-teams";
    static final String INTERVIEWER_LOAD = "interviewer-load";
    static final String SOURCE_OF_HIRE = "source-of-hire";
    static final String OFFER_ACCEPTANCE = "offer-acceptance";
    static final String XSCHOOL_FILL = "xschool-fill";
    static final String MENTOR_LOAD = "mentor-load";
    static final List<String> ALL = List.of(TIME_TO_HIRE, FUNNEL, FEEDBACK_INTERVIEWERS, FEEDBACK_TEAMS,
            INTERVIEWER_LOAD, SOURCE_OF_HIRE, OFFER_ACCEPTANCE, XSCHOOL_FILL, MENTOR_LOAD);

    /** Feedback counts as on time when submitted within this long after the interview ended. */
    static final Duration FEEDBACK_DUE = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoopStages stages;
    private final TransactionTemplate readOnly;
    private final boolean postgres;
    private final DailyFigures daily;

    ReportQueries(JdbcClient jdbc, Clock clock, LoopStages stages, PlatformTransactionManager transactions,
                  DataSource dataSource, DailyFigures daily) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stages = stages;
        this.daily = daily;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot: the daily figures' marks, the stored days and the raw rows read for the rest agree
        this.readOnly.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * Runs the reports' queries in one read-only transaction; on PostgreSQL each is planned for the values it is run
     * with. The driver prepares a statement on the server after a few runs, and PostgreSQL may then keep one generic
     * plan: for a range ({@code created_at >= $1 AND created_at < $2}) and an optional team ({@code $3 = 0 OR
     * team_id = $3}) it guesses a few rows and loops over the index per application, 2.7 s for the funnel's year at
     * 100,000 applications where the plan for the actual values takes 0.16 s.
     */
    private <T> T planned(Supplier<T> queries) {
        return readOnly.execute(status -> {
            if (postgres) {
                jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
                // the rows read raw next to the daily figures are a few days' (the edges, the last week): with the
                // default random_page_cost (4) PostgreSQL hashed all 150,000 panel seats and scorecards to join the
                // last week's 1,600 interviews (235 ms in EXPLAIN ANALYZE on docs/reports-bench-100k.sql, load 20);
                // with 1.1 (data in memory, as here) it looks them up by index (29 ms)
                jdbc.sql("SET LOCAL random_page_cost = 1.1").update();
            }
            return queries.get();
        });
    }

    /** Every report of {@link #ALL}, in that order; the two feedback reports come from one query. */
    List<Report> all(ReportRange range, ZoneId zone, Function<String, String> messages) {
        for (String key : List.of(FUNNEL, FEEDBACK_INTERVIEWERS, INTERVIEWER_LOAD)) {
            refresh(key, range, zone);
        }
        return planned(() -> allNow(range, zone, messages));
    }

    /** Stores the daily figures the report is about to read that are missing or changed ({@link DailyFigures}). */
    private void refresh(String key, ReportRange range, ZoneId zone) {
        Instant start = range.start(zone);
        Instant end = range.end(zone);
        switch (key) {
            case FUNNEL, SOURCE_OF_HIRE -> daily.refresh(DailyFigures.Kind.FUNNEL, start, end, funnelStore);
            case FEEDBACK_INTERVIEWERS, FEEDBACK_TEAMS -> daily.refresh(DailyFigures.Kind.FEEDBACK, start, end, feedbackStore);
            case INTERVIEWER_LOAD -> daily.refresh(DailyFigures.Kind.LOAD, start, end, loadStore);
            default -> {
            }
        }
    }

    /** Stores every kind's daily figures of {@code [start, end)} that are missing or changed ({@link DailyFiguresAhead}). */
    void storeDays(Instant start, Instant end) {
        daily.refresh(DailyFigures.Kind.FUNNEL, start, end, funnelStore);
        daily.refresh(DailyFigures.Kind.FEEDBACK, start, end, feedbackStore);
        daily.refresh(DailyFigures.Kind.LOAD, start, end, loadStore);
    }

    private List<Report> allNow(ReportRange range, ZoneId zone, Function<String, String> messages) {
        Timestamp from = Timestamp.from(range.start(zone));
        Timestamp until = Timestamp.from(range.end(zone));
        List<FeedbackSeats> seats = feedbackSeats(from, until, range.teamOrZero());
        List<Report> reports = new ArrayList<>();
        for (String key : ALL) {
            reports.add(switch (key) {
                case FEEDBACK_INTERVIEWERS -> feedback(seats, false);
                case FEEDBACK_TEAMS -> feedback(seats, true);
                default -> reportNow(key, range, zone, messages);
            });
        }
        return reports;
    }

    /** One report; {@code messages} turns a message key into the viewer's text (source names, fixed funnel steps). */
    Report report(String key, ReportRange range, ZoneId zone, Function<String, String> messages) {
        refresh(key, range, zone);
        return planned(() -> reportNow(key, range, zone, messages));
    }

    private Report reportNow(String key, ReportRange range, ZoneId zone, Function<String, String> messages) {
        Timestamp from = Timestamp.from(range.start(zone));
        Timestamp until = Timestamp.from(range.end(zone));
        long team = range.teamOrZero();
        return switch (key) {
            case TIME_TO_HIRE -> timeToHire(from, until, team);
            case FUNNEL -> funnel(from, until, team, messages);
            case FEEDBACK_INTERVIEWERS -> feedback(feedbackSeats(from, until, team), false);
            case FEEDBACK_TEAMS -> feedback(feedbackSeats(from, until, team), true);
            case INTERVIEWER_LOAD -> interviewerLoad(from, until, team);
            case SOURCE_OF_HIRE -> sourceOfHire(from, until, team, messages);
            case OFFER_ACCEPTANCE -> offerAcceptance(from, until, team);
            case XSCHOOL_FILL -> xSchoolFill(range);
            case MENTOR_LOAD -> mentorLoad(from, until, team);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * Days from application to hire, per team: hires whose application ended (hired) in the range, a row each (a
     * tenth of the range's applications at most), the median and 90th percentile computed here. (PostgreSQL's
     * {@code PERCENTILE_CONT} over an epoch difference took longer: {@code EXTRACT} answers a numeric.)
     */
    private Report timeToHire(Timestamp from, Timestamp until, long team) {
        Map<String, List<Double>> days = new TreeMap<>();
        jdbc.sql("""
                SELECT t.name AS team, a.created_at, a.ended_at
                FROM application a
                JOIN requisition r ON r.id = a.requisition_id
                JOIN team t ON t.id = r.team_id
                WHERE a.status = 'HIRED' AND a.ended_at >= :from AND a.ended_at < :until
                  AND (:team = 0 OR r.team_id = :team)
                """).param("from", from).param("until", until).param("team", team)
                .query((rs, n) -> days.computeIfAbsent(rs.getString("team"), k -> new ArrayList<>())
                        .add(Figures.days(rs.getTimestamp("ended_at").getTime() - rs.getTimestamp("created_at").getTime())))
                .list();
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> p90s = new ArrayList<>();
        days.forEach((name, values) -> {
            values.sort(Comparator.naturalOrder());
            Double median = Figures.percentile(values, 0.5);
            Double p90 = Figures.percentile(values, 0.9);
            rows.add(List.of(name, Figures.format(values.size()), Figures.format(median), Figures.format(p90)));
            labels.add(name);
            medians.add(Figures.chart(median));
            p90s.add(Figures.chart(p90));
        });
        return new Report(TIME_TO_HIRE, List.of("reports.col.team", "reports.col.hires", "reports.col.medianDays",
                "reports.col.p90Days"), rows, new Chart("bar", labels, List.of(
                Series.keyed("reports.col.medianDays", medians), Series.keyed("reports.col.p90Days", p90s))));
    }

    /**
     * Per team, the applications added in the range and how far they got: screening, each stage of the loop (from the
     * engine's history of the loop's call activities), the decision and offer, hired; with the share of the row
     * before that reached each and the average days spent in it. Stages run in the order of the loop's flow (its
     * latest version, then stages only earlier versions had; parallel stages one after the other), so a later stage
     * is never above an earlier one; a call activity the loop's models do not list as a stage comes after them.
     * <p>
     * Reads only the history rows of the funnel's steps (call activities and the screening task, from the range's
     * start on: an index of their own on PostgreSQL, {@code db/postgresql/V43}), not every event and gateway of
     * every process.
     */
    private Report funnel(Timestamp from, Timestamp until, long team, Function<String, String> messages) {
        Map<String, FunnelTeam> teamsByName = new TreeMap<>();
        Map<String, Map<String, Step>> stepsByTeam = new TreeMap<>();
        DailyFigures.Plan plan = daily.plan(DailyFigures.Kind.FUNNEL, from.toInstant(), until.toInstant());
        if (!plan.stored().isEmpty()) {
            storedFunnel(plan, team, teamsByName, stepsByTeam);
        }
        for (Instant[] part : plan.raw()) {
            rawFunnel(Timestamp.from(part[0]), Timestamp.from(part[1]), team, teamsByName, stepsByTeam);
        }
        List<FunnelTeam> teamsInRange = List.copyOf(teamsByName.values());
        Map<String, List<Step>> stepsOfTeams = new TreeMap<>();
        stepsByTeam.forEach((name, steps) -> stepsOfTeams.put(name, new ArrayList<>(steps.values())));
        Map<String, List<String>> flowOrder = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> reachedSeries = new ArrayList<>();
        for (FunnelTeam t : teamsInRange) {
            List<Step> ofTeam = new ArrayList<>(stepsOfTeams.getOrDefault(t.name(), List.of()));
            Step screen = ofTeam.stream().filter(s -> s.activity().equals(HiringProcess.TASK_SCREEN)).findFirst()
                    .orElse(new Step(HiringProcess.TASK_SCREEN, null, 0, 0, 0));
            Step decide = ofTeam.stream().filter(s -> s.activity().equals(HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER))
                    .findFirst().orElse(new Step(HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER, null, 0, 0, 0));
            ofTeam.remove(screen);
            ofTeam.remove(decide);
            List<String> order = flowOrder.computeIfAbsent(t.loopKey(), stages::stageActivitiesInFlowOrder);
            ofTeam.sort(stageOrder(order, Step::activity, Step::reached, Step::name));
            List<Object[]> ordered = new ArrayList<>();
            ordered.add(new Object[] {messages.apply("reports.funnel.screening"), t.applied(), screen.avgMillis()});
            for (Step s : ofTeam) {
                ordered.add(new Object[] {s.name() == null ? s.activity() : s.name(), s.reached(), s.avgMillis()});
            }
            ordered.add(new Object[] {messages.apply("reports.funnel.decision"), decide.reached(), decide.avgMillis()});
            ordered.add(new Object[] {messages.apply("reports.funnel.hired"), t.hired(), null});
            long previous = -1;
            for (Object[] step : ordered) {
                long reached = (Long) step[1];
                Double conversion = previous < 0 ? Double.valueOf(100.0) : Figures.percent(reached, previous);
                Double days = step[2] == null ? null : Figures.days((Double) step[2]);
                rows.add(List.of(t.name(), (String) step[0], Figures.format(reached), Figures.format(conversion),
                        Figures.format(days)));
                labels.add(t.name() + " · " + step[0]);
                reachedSeries.add((double) reached);
                previous = reached;
            }
        }
        return new Report(FUNNEL, List.of("reports.col.team", "reports.col.stage", "reports.col.reached",
                "reports.col.conversion", "reports.col.avgDaysInStage"), rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.reached", reachedSeries))));
    }

    /** A step of the funnel for one team: applications that reached it, the sum and count of its durations. */
    record Step(String activity, String name, long reached, double durationSum, long durationCount) {
        Double avgMillis() {
            return durationCount == 0 ? null : durationSum / durationCount;
        }

        Step plus(Step o) {
            String first = name == null ? o.name : o.name == null ? name : name.compareTo(o.name) <= 0 ? name : o.name;
            return new Step(activity, first, reached + o.reached, durationSum + o.durationSum,
                    durationCount + o.durationCount);
        }
    }

    /** A team's applications added in the range, and of them hired. */
    record FunnelTeam(String name, String loopKey, long applied, long hired) {
        FunnelTeam plus(FunnelTeam o) {
            return new FunnelTeam(name, loopKey, applied + o.applied, hired + o.hired);
        }
    }

    private static void addFunnel(Map<String, FunnelTeam> teams, FunnelTeam t) {
        teams.merge(t.name(), t, FunnelTeam::plus);
    }

    private static void addStep(Map<String, Map<String, Step>> steps, String team, Step s) {
        steps.computeIfAbsent(team, k -> new TreeMap<>()).merge(s.activity(), s, Step::plus);
    }

    /**
     * The funnel of the applications added in {@code [from, until)}, from the raw rows: the live query. Of the
     * engine's history, only the funnel's steps (call activities and the screening task, from the range's start on:
     * an index of their own on PostgreSQL, {@code db/postgresql/V43}), not every event and gateway of every process.
     */
    private void rawFunnel(Timestamp from, Timestamp until, long team, Map<String, FunnelTeam> teams,
                           Map<String, Map<String, Step>> steps) {
        jdbc.sql("""
                SELECT t.name AS team, t.loop_process_key AS loop_key, COUNT(*) AS applied,
                       SUM(CASE WHEN a.status = 'HIRED' THEN 1 ELSE 0 END) AS hired
                FROM application a
                JOIN requisition r ON r.id = a.requisition_id
                JOIN team t ON t.id = r.team_id
                WHERE a.created_at >= :from AND a.created_at < :until AND (:team = 0 OR r.team_id = :team)
                GROUP BY t.name, t.loop_process_key
                """).param("from", from).param("until", until).param("team", team)
                .query((rs, n) -> {
                    addFunnel(teams, new FunnelTeam(rs.getString("team"), rs.getString("loop_key"),
                            rs.getLong("applied"), rs.getLong("hired")));
                    return null;
                }).list();
        // the activity filter is written out (no parameter) so that PostgreSQL can use the partial index of V43;
        // of screening only its time counts (every application in the range reached it): finished screenings only
        jdbc.sql("""
                SELECT t.name AS team, h.ACT_ID_ AS activity, MIN(h.ACT_NAME_) AS name, COUNT(DISTINCT a.id) AS reached,
                       SUM(CAST(h.DURATION_ AS DOUBLE PRECISION)) AS duration_sum, COUNT(h.DURATION_) AS duration_count
                FROM application a
                JOIN requisition r ON r.id = a.requisition_id
                JOIN team t ON t.id = r.team_id
                JOIN ACT_HI_ACTINST h ON h.ROOT_PROC_INST_ID_ = a.process_instance_id
                WHERE a.created_at >= :from AND a.created_at < :until AND (:team = 0 OR r.team_id = :team)
                  AND h.START_TIME_ >= :from
                  AND (h.ACT_TYPE_ = 'callActivity' OR (h.ACT_ID_ = '%s' AND h.DURATION_ IS NOT NULL))
                  AND (h.ACT_ID_ IN (:screen, :decide) OR h.PROC_DEF_KEY_ = t.loop_process_key)
                GROUP BY t.name, h.ACT_ID_
                """.formatted(HiringProcess.TASK_SCREEN)).param("from", from).param("until", until).param("team", team)
                .param("screen", HiringProcess.TASK_SCREEN).param("decide", HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER)
                .query((rs, n) -> {
                    addStep(steps, rs.getString("team"), new Step(rs.getString("activity"), rs.getString("name"),
                            rs.getLong("reached"), rs.getDouble("duration_sum"), rs.getLong("duration_count")));
                    return null;
                }).list();
    }

    /**
     * A statement over stored days of a daily-figures table (aliased {@code s}): {@code %s} in {@code sql} becomes
     * the plan's stored days ({@link DailyFigures#storedDaysClause}) and the team filter ({@code 0}: every team);
     * {@code more} are the parameters of what follows it.
     */
    private JdbcClient.StatementSpec onStoredDays(DailyFigures.Plan plan, long team, String sql, Object... more) {
        List<Object> args = new ArrayList<>();
        String days = DailyFigures.storedDaysClause(plan, args);
        args.add(team);
        args.add(team);
        args.addAll(List.of(more));
        return jdbc.sql(sql.formatted(days + " AND (? = 0 OR s.team_id = ?)")).params(args);
    }

    /**
     * The funnel's stored days (the sums of {@code report_funnel_day} and {@code report_funnel_step_day}). A step's
     * applications are summed over its process keys: an application reaches one activity id under one key of the
     * filter (the screening task and the decision are the hiring process's, the stages its loop's).
     */
    private void storedFunnel(DailyFigures.Plan plan, long team, Map<String, FunnelTeam> teams,
                              Map<String, Map<String, Step>> steps) {
        onStoredDays(plan, team, """
                SELECT t.name AS team, t.loop_process_key AS loop_key, SUM(s.applied) AS applied, SUM(s.hired) AS hired
                FROM report_funnel_day s JOIN team t ON t.id = s.team_id
                WHERE %s
                GROUP BY t.name, t.loop_process_key
                """)
                .query((rs, n) -> {
                    addFunnel(teams, new FunnelTeam(rs.getString("team"), rs.getString("loop_key"),
                            rs.getLong("applied"), rs.getLong("hired")));
                    return null;
                }).list();
        onStoredDays(plan, team, """
                SELECT t.name AS team, s.act_id AS activity, MIN(s.act_name) AS name, SUM(s.reached) AS reached,
                       SUM(s.duration_sum) AS duration_sum, SUM(s.duration_count) AS duration_count
                FROM report_funnel_step_day s JOIN team t ON t.id = s.team_id
                WHERE %s AND (s.act_id IN (?, ?) OR s.proc_def_key = t.loop_process_key)
                GROUP BY t.name, s.act_id
                """, HiringProcess.TASK_SCREEN, HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER)
                .query((rs, n) -> {
                    addStep(steps, rs.getString("team"), new Step(rs.getString("activity"), rs.getString("name"),
                            rs.getLong("reached"), rs.getDouble("duration_sum"), rs.getLong("duration_count")));
                    return null;
                }).list();
    }

    /** Computes and stores the funnel's days of a run from the raw rows. */
    private final DailyFigures.Store funnelStore = new DailyFigures.Store() {
        @Override
        public void delete(DailyFigures.Days run) {
            jdbc.sql("DELETE FROM report_funnel_day WHERE utc_day >= ? AND utc_day < ?").params(run.from(), run.until()).update();
            jdbc.sql("DELETE FROM report_funnel_step_day WHERE utc_day >= ? AND utc_day < ?").params(run.from(), run.until())
                    .update();
        }

        @Override
        public void compute(DailyFigures.Days run) {
            Timestamp from = Timestamp.from(run.start());
            Timestamp until = Timestamp.from(run.end());
            jdbc.sql("""
                    INSERT INTO report_funnel_day (utc_day, team_id, source, applied, hired)
                    SELECT CAST(a.created_at AT TIME ZONE 'UTC' AS DATE), r.team_id, a.source, COUNT(*),
                           SUM(CASE WHEN a.status = 'HIRED' THEN 1 ELSE 0 END)
                    FROM application a
                    JOIN requisition r ON r.id = a.requisition_id
                    WHERE a.created_at >= ? AND a.created_at < ?
                    GROUP BY CAST(a.created_at AT TIME ZONE 'UTC' AS DATE), r.team_id, a.source
                    """).params(from, until).update();
            jdbc.sql("""
                    INSERT INTO report_funnel_step_day (utc_day, team_id, act_id, proc_def_key, act_name, reached,
                                                        duration_sum, duration_count, removal_from)
                    SELECT CAST(a.created_at AT TIME ZONE 'UTC' AS DATE), r.team_id, h.ACT_ID_,
                           COALESCE(h.PROC_DEF_KEY_, ''), MIN(h.ACT_NAME_), COUNT(DISTINCT a.id),
                           COALESCE(SUM(CAST(h.DURATION_ AS DOUBLE PRECISION)), 0), COUNT(h.DURATION_),
                           MIN(h.REMOVAL_TIME_)
                    FROM application a
                    JOIN requisition r ON r.id = a.requisition_id
                    JOIN ACT_HI_ACTINST h ON h.ROOT_PROC_INST_ID_ = a.process_instance_id
                    WHERE a.created_at >= ? AND a.created_at < ? AND h.START_TIME_ >= ?
                      AND (h.ACT_TYPE_ = 'callActivity' OR (h.ACT_ID_ = '%s' AND h.DURATION_ IS NOT NULL))
                    GROUP BY CAST(a.created_at AT TIME ZONE 'UTC' AS DATE), r.team_id, h.ACT_ID_,
                             COALESCE(h.PROC_DEF_KEY_, '')
                    """.formatted(HiringProcess.TASK_SCREEN)).params(from, until, from).update();
        }
    };

    /**
     * The order of a loop's steps in the funnel: by their place in the loop's flow ({@code flowOrder}, call activity
     * ids); steps the flow does not list come after it, by reach (most first), then by name.
     */
    static <T> Comparator<T> stageOrder(List<String> flowOrder, Function<T, String> activity,
                                        java.util.function.ToLongFunction<T> reached, Function<T, String> name) {
        return Comparator.<T>comparingInt(s -> {
            int i = flowOrder.indexOf(activity.apply(s));
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.comparingLong(reached).reversed())
                .thenComparing(s -> String.valueOf(name.apply(s)));
    }

    /** Feedback seats of one interviewer in the range: {@code who} is a name, {@code team} their team's (or empty). */
    private record FeedbackSeats(String who, String team, long seats, long submitted, long onTime) {
    }

    /**
     * Feedback given within {@link #FEEDBACK_DUE} of the interview's end, per interviewer: every panel seat of an
     * interview (not cancelled) of the range's candidates that ended in the range and at least that long ago. One
     * query serves both feedback reports (per team is the sum over its interviewers); the seats are counted per
     * person (stored days summed, the rest from the rows) before the names are joined.
     */
    private List<FeedbackSeats> feedbackSeats(Timestamp from, Timestamp until, long team) {
        Map<Long, long[]> counts = new HashMap<>();
        DailyFigures.Plan plan = daily.plan(DailyFigures.Kind.FEEDBACK, from.toInstant(), until.toInstant());
        if (!plan.stored().isEmpty()) {
            onStoredDays(plan, team, """
                    SELECT s.person_id, SUM(s.seats) AS seats, SUM(s.submitted) AS submitted, SUM(s.on_time) AS on_time
                    FROM report_feedback_day s WHERE %s GROUP BY s.person_id
                    """).query((rs, n) -> addSeats(counts, rs)).list();
        }
        List<Instant[]> raw = plan.raw();
        Timestamp dueBefore = Timestamp.from(clock.instant().minus(FEEDBACK_DUE));
        for (Instant[] part : raw) {
            jdbc.sql("""
                    SELECT ip.person_id, COUNT(*) AS seats,
                           SUM(CASE WHEN f.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted,
                           SUM(CASE WHEN f.status = 'SUBMITTED' AND f.submitted_at <= i.ends_at + INTERVAL '1' DAY
                                    THEN 1 ELSE 0 END) AS on_time
                    FROM interview i
                    JOIN interview_panel ip ON ip.interview_id = i.id
                    LEFT JOIN feedback f ON f.interview_id = i.id AND f.interviewer_id = ip.person_id
                    """ + teamScope(team) + """
                    WHERE i.status <> 'CANCELLED' AND i.ends_at >= :from AND i.ends_at < :until AND i.ends_at < :due
                    GROUP BY ip.person_id
                    """).param("from", Timestamp.from(part[0])).param("until", Timestamp.from(part[1]))
                    .param("due", dueBefore).param("team", team)
                    .query((rs, n) -> addSeats(counts, rs)).list();
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.display_name AS who, COALESCE(pt.name, '') AS team
                FROM person p LEFT JOIN team pt ON pt.id = p.team_id
                WHERE p.id IN (:ids)
                ORDER BY p.display_name, p.id
                """).param("ids", counts.keySet())
                .query((rs, n) -> {
                    long[] c = counts.get(rs.getLong("id"));
                    return new FeedbackSeats(rs.getString("who"), rs.getString("team"), c[0], c[1], c[2]);
                }).list();
    }

    private static Object addSeats(Map<Long, long[]> counts, java.sql.ResultSet rs) throws SQLException {
        long[] c = counts.computeIfAbsent(rs.getLong("person_id"), k -> new long[3]);
        c[0] += rs.getLong("seats");
        c[1] += rs.getLong("submitted");
        c[2] += rs.getLong("on_time");
        return null;
    }

    /** Computes and stores the feedback's days of a run from the raw rows (all of them ended a week ago or more). */
    private final DailyFigures.Store feedbackStore = new DailyFigures.Store() {
        @Override
        public void delete(DailyFigures.Days run) {
            jdbc.sql("DELETE FROM report_feedback_day WHERE utc_day >= ? AND utc_day < ?").params(run.from(), run.until())
                    .update();
        }

        @Override
        public void compute(DailyFigures.Days run) {
            jdbc.sql("""
                    INSERT INTO report_feedback_day (utc_day, team_id, person_id, seats, submitted, on_time)
                    SELECT CAST(i.ends_at AT TIME ZONE 'UTC' AS DATE), r.team_id, ip.person_id, COUNT(*),
                           SUM(CASE WHEN f.status = 'SUBMITTED' THEN 1 ELSE 0 END),
                           SUM(CASE WHEN f.status = 'SUBMITTED' AND f.submitted_at <= i.ends_at + INTERVAL '1' DAY
                                    THEN 1 ELSE 0 END)
                    FROM interview i
                    JOIN interview_panel ip ON ip.interview_id = i.id
                    LEFT JOIN feedback f ON f.interview_id = i.id AND f.interviewer_id = ip.person_id
                    JOIN application a ON a.id = i.application_id
                    JOIN requisition r ON r.id = a.requisition_id
                    WHERE i.status <> 'CANCELLED' AND i.ends_at >= ? AND i.ends_at < ?
                    GROUP BY CAST(i.ends_at AT TIME ZONE 'UTC' AS DATE), r.team_id, ip.person_id
                    """).params(Timestamp.from(run.start()), Timestamp.from(run.end())).update();
        }
    };

    /** {@link #FEEDBACK_INTERVIEWERS} or, summed per interviewer's team, {@link #FEEDBACK_TEAMS}. */
    private static Report feedback(List<FeedbackSeats> perInterviewer, boolean byTeam) {
        List<FeedbackSeats> seats = perInterviewer;
        if (byTeam) {
            Map<String, FeedbackSeats> perTeam = new TreeMap<>();
            for (FeedbackSeats s : perInterviewer) {
                perTeam.merge(s.team(), new FeedbackSeats(s.team(), "", s.seats(), s.submitted(), s.onTime()),
                        (x, y) -> new FeedbackSeats(x.who(), "", x.seats() + y.seats(), x.submitted() + y.submitted(),
                                x.onTime() + y.onTime()));
            }
            seats = List.copyOf(perTeam.values());
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (FeedbackSeats s : seats) {
            Double share = Figures.percent(s.onTime(), s.seats());
            List<String> row = new ArrayList<>();
            row.add(s.who());
            if (!byTeam) {
                row.add(s.team());
            }
            row.addAll(List.of(Figures.format(s.seats()), Figures.format(s.submitted()), Figures.format(s.onTime()),
                    Figures.format(share)));
            rows.add(row);
            labels.add(s.who());
            shares.add(Figures.chart(share));
        }
        List<String> columns = new ArrayList<>();
        columns.add(byTeam ? "reports.col.team" : "reports.col.interviewer");
        if (!byTeam) {
            columns.add("reports.col.team");
        }
        columns.addAll(List.of("reports.col.seats", "reports.col.submitted", "reports.col.within24h",
                "reports.col.within24hShare"));
        return new Report(byTeam ? FEEDBACK_TEAMS : FEEDBACK_INTERVIEWERS, columns, rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.within24hShare", shares))));
    }

    /**
     * The join that narrows interviews ({@code i}) to one team's candidates; none for every team (joining 100k
     * applications only to keep them all costs more than the rest of the query).
     */
    private static String teamScope(long team) {
        return team == 0 ? "" : "JOIN application a ON a.id = i.application_id "
                + "JOIN requisition r ON r.id = a.requisition_id AND r.team_id = :team\n";
    }

    /**
     * Live interviews (not cancelled) per interviewer and week (Monday's date of the day the database casts the start
     * to), against their weekly limit; stored days summed and the rest from the rows.
     */
    private Report interviewerLoad(Timestamp from, Timestamp until, long team) {
        record Load(String who, LocalDate week) implements Comparable<Load> {
            @Override
            public int compareTo(Load o) {
                int c = week.compareTo(o.week);
                return c != 0 ? c : who.compareTo(o.who);
            }
        }
        record Held(long personId, LocalDate heldOn) {
        }
        Map<Held, Long> perDay = new HashMap<>();
        DailyFigures.Plan plan = daily.plan(DailyFigures.Kind.LOAD, from.toInstant(), until.toInstant());
        if (!plan.stored().isEmpty()) {
            onStoredDays(plan, team, """
                    SELECT s.person_id, s.held_on, SUM(s.interviews) AS interviews
                    FROM report_load_day s WHERE %s GROUP BY s.person_id, s.held_on
                    """)
                    .query((rs, n) -> perDay.merge(new Held(rs.getLong("person_id"),
                            rs.getDate("held_on").toLocalDate()), rs.getLong("interviews"), Long::sum)).list();
        }
        List<Instant[]> raw = plan.raw();
        for (Instant[] part : raw) {
            jdbc.sql("""
                    SELECT ip.person_id, CAST(i.starts_at AS DATE) AS held_on, COUNT(*) AS interviews
                    FROM interview i
                    JOIN interview_panel ip ON ip.interview_id = i.id
                    """ + teamScope(team) + """
                    WHERE i.kind = 'LIVE' AND i.status <> 'CANCELLED' AND i.starts_at >= :from AND i.starts_at < :until
                    GROUP BY ip.person_id, CAST(i.starts_at AS DATE)
                    """).param("from", Timestamp.from(part[0])).param("until", Timestamp.from(part[1]))
                    .param("team", team)
                    .query((rs, n) -> perDay.merge(new Held(rs.getLong("person_id"),
                            rs.getDate("held_on").toLocalDate()), rs.getLong("interviews"), Long::sum)).list();
        }
        Map<Long, String> names = new HashMap<>();
        Map<String, Integer> limits = new LinkedHashMap<>();
        if (!perDay.isEmpty()) {
            jdbc.sql("SELECT id, display_name, weekly_interview_limit FROM person WHERE id IN (:ids)")
                    .param("ids", perDay.keySet().stream().map(Held::personId).distinct().toList())
                    .query((rs, n) -> {
                        String who = rs.getString("display_name");
                        names.put(rs.getLong("id"), who);
                        int limit = rs.getInt("weekly_interview_limit");
                        limits.put(who, rs.wasNull() ? -1 : limit);
                        return null;
                    }).list();
        }
        Map<Load, Long> load = new TreeMap<>();
        perDay.forEach((held, count) -> load.merge(new Load(names.get(held.personId()),
                held.heldOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), count, Long::sum));
        List<List<String>> rows = new ArrayList<>();
        TreeSet<LocalDate> weeks = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        load.forEach((key, count) -> {
            int limit = limits.getOrDefault(key.who(), -1);
            rows.add(List.of(key.week().toString(), key.who(), Figures.format(count), limit < 0 ? "" : Integer.toString(limit)));
            weeks.add(key.week());
            people.add(key.who());
        });
        List<Series> series = new ArrayList<>();
        for (String who : people) {
            series.add(Series.named(who, weeks.stream().map(w -> (double) load.getOrDefault(new Load(who, w), 0L)).toList()));
        }
        return new Report(INTERVIEWER_LOAD, List.of("reports.col.week", "reports.col.interviewer",
                "reports.col.interviews", "reports.col.weeklyLimit"), rows,
                new Chart("bar", weeks.stream().map(LocalDate::toString).toList(), series));
    }

    /** Computes and stores the interviewer load's days of a run from the raw rows. */
    private final DailyFigures.Store loadStore = new DailyFigures.Store() {
        @Override
        public void delete(DailyFigures.Days run) {
            jdbc.sql("DELETE FROM report_load_day WHERE utc_day >= ? AND utc_day < ?").params(run.from(), run.until()).update();
        }

        @Override
        public void compute(DailyFigures.Days run) {
            jdbc.sql("""
                    INSERT INTO report_load_day (utc_day, team_id, person_id, held_on, interviews)
                    SELECT CAST(i.starts_at AT TIME ZONE 'UTC' AS DATE), r.team_id, ip.person_id,
                           CAST(i.starts_at AS DATE), COUNT(*)
                    FROM interview i
                    JOIN interview_panel ip ON ip.interview_id = i.id
                    JOIN application a ON a.id = i.application_id
                    JOIN requisition r ON r.id = a.requisition_id
                    WHERE i.kind = 'LIVE' AND i.status <> 'CANCELLED' AND i.starts_at >= ? AND i.starts_at < ?
                    GROUP BY CAST(i.starts_at AT TIME ZONE 'UTC' AS DATE), r.team_id, ip.person_id,
                             CAST(i.starts_at AS DATE)
                    """).params(Timestamp.from(run.start()), Timestamp.from(run.end())).update();
        }
    };

    /**
     * Per source: the applications added in the range (the funnel's stored days summed, the rest from the rows), the
     * hires made in the range and their share of all hires.
     */
    private Report sourceOfHire(Timestamp from, Timestamp until, long team, Function<String, String> messages) {
        Map<String, long[]> bySource = new TreeMap<>();
        DailyFigures.Plan plan = daily.plan(DailyFigures.Kind.FUNNEL, from.toInstant(), until.toInstant());
        if (!plan.stored().isEmpty()) {
            onStoredDays(plan, team, """
                    SELECT s.source, SUM(s.applied) AS n FROM report_funnel_day s
                    WHERE %s GROUP BY s.source
                    """)
                    .query((rs, n) -> bySource.computeIfAbsent(rs.getString("source"), k -> new long[2])[0] += rs.getLong("n"))
                    .list();
        }
        for (Instant[] part : plan.raw()) {
            jdbc.sql("""
                    SELECT a.source, COUNT(*) AS n FROM application a JOIN requisition r ON r.id = a.requisition_id
                    WHERE a.created_at >= :from AND a.created_at < :until AND (:team = 0 OR r.team_id = :team)
                    GROUP BY a.source
                    """).param("from", Timestamp.from(part[0])).param("until", Timestamp.from(part[1])).param("team", team)
                    .query((rs, n) -> bySource.computeIfAbsent(rs.getString("source"), k -> new long[2])[0] += rs.getLong("n"))
                    .list();
        }
        jdbc.sql("""
                SELECT a.source, COUNT(*) AS n FROM application a JOIN requisition r ON r.id = a.requisition_id
                WHERE a.status = 'HIRED' AND a.ended_at >= :from AND a.ended_at < :until AND (:team = 0 OR r.team_id = :team)
                GROUP BY a.source
                """).param("from", from).param("until", until).param("team", team)
                .query((rs, n) -> bySource.computeIfAbsent(rs.getString("source"), k -> new long[2])[1] = rs.getLong("n"))
                .list();
        long hires = bySource.values().stream().mapToLong(c -> c[1]).sum();
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> hireCounts = new ArrayList<>();
        bySource.forEach((source, counts) -> {
            rows.add(List.of(messages.apply("application.source." + source.toLowerCase(java.util.Locale.ROOT)), Figures.format(counts[0]), Figures.format(counts[1]),
                    Figures.format(Figures.percent(counts[1], hires))));
            labels.add(messages.apply("application.source." + source.toLowerCase(java.util.Locale.ROOT)));
            hireCounts.add((double) counts[1]);
        });
        return new Report(SOURCE_OF_HIRE, List.of("reports.col.source", "reports.col.applications",
                "reports.col.hires", "reports.col.shareOfHires"), rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.hires", hireCounts))));
    }

    /** Offers prepared in the range, per team: how they were answered; acceptance of those answered or expired. */
    private Report offerAcceptance(Timestamp from, Timestamp until, long team) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        jdbc.sql("""
                SELECT t.name AS team, COUNT(*) AS offers,
                       SUM(CASE WHEN o.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
                       SUM(CASE WHEN o.status = 'DECLINED' THEN 1 ELSE 0 END) AS declined,
                       SUM(CASE WHEN o.status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired
                FROM offer o
                JOIN application a ON a.id = o.application_id
                JOIN requisition r ON r.id = a.requisition_id
                JOIN team t ON t.id = r.team_id
                WHERE o.prepared_at >= :from AND o.prepared_at < :until AND (:team = 0 OR r.team_id = :team)
                GROUP BY t.name ORDER BY t.name
                """).param("from", from).param("until", until).param("team", team)
                .query((rs, n) -> {
                    long offers = rs.getLong("offers");
                    long accepted = rs.getLong("accepted");
                    long declined = rs.getLong("declined");
                    long expired = rs.getLong("expired");
                    Double rate = Figures.percent(accepted, accepted + declined + expired);
                    rows.add(List.of(rs.getString("team"), Figures.format(offers), Figures.format(accepted),
                            Figures.format(declined), Figures.format(expired),
                            Figures.format(offers - accepted - declined - expired), Figures.format(rate)));
                    labels.add(rs.getString("team"));
                    rates.add(Figures.chart(rate));
                    return null;
                }).list();
        return new Report(OFFER_ACCEPTANCE, List.of("reports.col.team", "reports.col.offers", "reports.col.accepted",
                "reports.col.declined", "reports.col.expired", "reports.col.open", "reports.col.acceptance"), rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.acceptance", rates))));
    }

    /** X-School cohorts starting in the range: capacity, seats taken and confirmed, fill. */
    private Report xSchoolFill(ReportRange range) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> fills = new ArrayList<>();
        jdbc.sql("""
                SELECT c.starts_on, c.place, c.capacity, c.seats_taken,
                       SUM(CASE WHEN s.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
                FROM cohort c LEFT JOIN cohort_seat s ON s.cohort_id = c.id
                WHERE c.starts_on >= :from AND c.starts_on <= :to
                GROUP BY c.id, c.starts_on, c.place, c.capacity, c.seats_taken
                ORDER BY c.starts_on
                """).param("from", range.from()).param("to", range.to())
                .query((rs, n) -> {
                    String start = rs.getDate("starts_on").toLocalDate().toString();
                    long capacity = rs.getLong("capacity");
                    long taken = rs.getLong("seats_taken");
                    Double fill = Figures.percent(taken, capacity);
                    rows.add(List.of(start, rs.getString("place"), Figures.format(capacity), Figures.format(taken),
                            Figures.format(rs.getLong("confirmed")), Figures.format(fill)));
                    labels.add(start);
                    fills.add(Figures.chart(fill));
                    return null;
                }).list();
        return new Report(XSCHOOL_FILL, List.of("reports.col.cohort", "reports.col.place", "reports.col.capacity",
                "reports.col.seatsTaken", "reports.col.confirmed", "reports.col.fill"), rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.fill", fills))));
    }

    /** Mentors (opted in, or mentoring): mentees now against their limit, and mentorships started in the range. */
    private Report mentorLoad(Timestamp from, Timestamp until, long team) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> active = new ArrayList<>();
        jdbc.sql("""
                SELECT p.display_name AS who, COALESCE(t.name, '') AS team, p.mentee_limit,
                       SUM(CASE WHEN m.status = 'ACTIVE' THEN 1 ELSE 0 END) AS active,
                       SUM(CASE WHEN m.started_at >= :from AND m.started_at < :until THEN 1 ELSE 0 END) AS started
                FROM person p
                LEFT JOIN team t ON t.id = p.team_id
                LEFT JOIN mentorship m ON m.mentor_id = p.id
                WHERE (p.mentor_opt_in = TRUE OR m.id IS NOT NULL) AND (:team = 0 OR p.team_id = :team)
                GROUP BY p.id, p.display_name, t.name, p.mentee_limit
                ORDER BY p.display_name
                """).param("from", from).param("until", until).param("team", team)
                .query((rs, n) -> {
                    int limit = rs.getInt("mentee_limit");
                    boolean noLimit = rs.wasNull();
                    rows.add(List.of(rs.getString("who"), rs.getString("team"), Figures.format(rs.getLong("active")),
                            noLimit ? "" : Integer.toString(limit), Figures.format(rs.getLong("started"))));
                    labels.add(rs.getString("who"));
                    active.add((double) rs.getLong("active"));
                    return null;
                }).list();
        return new Report(MENTOR_LOAD, List.of("reports.col.mentor", "reports.col.team", "reports.col.activeMentees",
                "reports.col.menteeLimit", "reports.col.startedInRange"), rows,
                new Chart("bar", labels, List.of(Series.keyed("reports.col.activeMentees", active))));
    }
}
