package dev.onramp.bench;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.system.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The scale benchmark behind {@code bench/run}: Onramp on a fresh PostgreSQL database, loaded with open applications
 * through its own forms, its pages timed with 1 and 16 signed-in users, and the bare Camunda engine on the same models
 * and database in the same run for comparison. Not a test (no test runner picks it up); see {@code bench/README.md}.
 *
 * <p>Arguments: the scales (cumulative numbers of open applications, default {@code 1000 10000 100000}), and options
 * {@code --url=<jdbc url of a database from which bench_<timestamp> can be created>}, {@code --threads=4} (loading and
 * throughput), {@code --warmup=100} (unmeasured creations and screenings before them, as many for the app as for
 * bare: the JIT compiles both meanwhile), {@code --sample=300} (applications created and screenings completed per scale for the throughput
 * figures), {@code --budget=15} (seconds per page and concurrency), {@code --throughput-only} (no page timings), {@code --tasks-only} (only My tasks and the bare engine's
 * {@code listPage(0, 50)}, with 1 and 16 users: nothing that changes the data), {@code --port=8151}, {@code --db=NAME} (measure again on a database an earlier {@code --keep} run loaded; it is kept), {@code --keep} (keep the
 * database).
 */
public final class Benchmark {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final int[] USERS = {1, 16};
    static final String RECRUITER_GROUP = "recruiter";

    final List<Integer> scales = new ArrayList<>();
    String baseUrl = DEFAULT_URL;
    int threads = 4;
    int sample = 300;
    /** Unmeasured creations and screenings before the throughput rounds, the same number for the app and for bare. */
    int warmup = 100;
    int budgetSeconds = 15;
    /** Only the creation and screening throughput (and the heap): no page timings, no bare task queries. */
    boolean throughputOnly;
    /**
     * Only My tasks (recruiter, interviewer) and the bare engine's {@code listPage(0, 50)} with 1 and 16 users, in the
     * same order as the full run: a quick before/after for the task list that adds no applications.
     */
    boolean tasksOnly;
    boolean appWarm;
    int port = 8151;
    boolean keep;
    /** An existing database to measure on again (loaded by an earlier {@code --keep} run); never created or dropped. */
    String reuseDb;
    Path jar;
    Path out;

    final StringBuilder report = new StringBuilder();
    final Map<String, WebClient> clients = new ConcurrentHashMap<>();
    final AtomicInteger nextCandidate = new AtomicInteger();
    final AtomicInteger nextBare = new AtomicInteger();
    boolean bareWarm;
    Path reportFile;
    String dbUrl;
    AppProcess app;
    BareEngine bare;
    Map<String, Long> requisitionByTeam = new LinkedHashMap<>();
    long beats;

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        b.parse(args);
        b.run();
    }

    void parse(String[] args) throws IOException {
        for (String a : args) {
            if (a.startsWith("--url=")) baseUrl = a.substring(6);
            else if (a.startsWith("--threads=")) threads = Integer.parseInt(a.substring(10));
            else if (a.startsWith("--sample=")) sample = Integer.parseInt(a.substring(9));
            else if (a.startsWith("--warmup=")) warmup = Integer.parseInt(a.substring(9));
            else if (a.startsWith("--budget=")) budgetSeconds = Integer.parseInt(a.substring(9));
            else if (a.equals("--throughput-only")) throughputOnly = true;
            else if (a.equals("--tasks-only")) tasksOnly = true;
            else if (a.startsWith("--port=")) port = Integer.parseInt(a.substring(7));
            else if (a.equals("--keep")) keep = true;
            else if (a.startsWith("--db=")) reuseDb = a.substring(5);
            else if (a.startsWith("--jar=")) jar = Paths.get(a.substring(6));
            else scales.add(Integer.parseInt(a.replace("_", "").replace(",", "")));
        }
        if (scales.isEmpty()) scales.addAll(List.of(1_000, 10_000, 100_000));
        Collections.sort(scales);
        if (jar == null) {
            try (var files = Files.list(Paths.get("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("onramp-.*\\.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no target/onramp-*.jar: run ./mvnw -o package -DskipTests"));
            }
        }
    }

    void run() throws Exception {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        String dbName = reuseDb != null ? reuseDb : "bench_" + stamp;
        if (reuseDb != null) keep = true;
        out = Paths.get("target", "bench");
        Files.createDirectories(out);
        reportFile = out.resolve("bench-" + stamp + ".md");
        dbUrl = databaseUrl(baseUrl, dbName);
        line("# Onramp benchmark %s UTC", stamp);
        line("");
        line("- machine: %d cores, %d MiB max heap for this JVM, %s %s; app jar %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"), jar);
        line("- database: %s (%s)", dbName, reuseDb != null ? "loaded by an earlier run, kept"
                : keep ? "created for this run, kept" : "created for this run, dropped at the end");
        line("- scales (open applications, cumulative): %s; %d loading threads; throughput samples of %d; %d s per page and concurrency",
                scales, threads, sample, budgetSeconds);
        if (reuseDb == null) sql(baseUrl, "CREATE DATABASE " + dbName);
        // stopped early (Ctrl-C, kill): the app stops and the database goes all the same
        Thread cleanUp = new Thread(() -> cleanUp(dbName));
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            line("- PostgreSQL autovacuum: %s (the benchmark runs ANALYZE itself after every bulk load)", autovacuum());
            app = AppProcess.start(jar, dbUrl, port, out.resolve("app-" + stamp + ".log"));
            line("- app started, ready in %.1f s (log %s)", app.readySeconds, app.log);
            bare = BareEngine.on(dbUrl);
            readRequisitions();
            int loaded = alreadyLoaded();
            nextCandidate.set(loaded);
            if (loaded > 0) line("- %,d applications were loaded by the earlier run", loaded);
            for (int i = 0; i < scales.size(); i++) {
                int scale = scales.get(i);
                // a scale the earlier run passed (its throughput rounds add a few hundred): measured as the data stands,
                // unless a larger one is also loaded already
                if (scale <= loaded && i + 1 < scales.size() && scales.get(i + 1) <= loaded) continue;
                line("");
                line("## %,d open applications", Math.max(scale, loaded));
                line("");
                if (scale > loaded) {
                    double rate = load(scale - loaded);
                    loaded = scale;
                    analyze();
                    line("Loaded %,d applications through the app's form (POST /requisitions/{id}/applications, %d threads): %.1f/s; then ANALYZE.",
                            scale, threads, rate);
                } else {
                    analyze();
                    line("The %,d applications an earlier run loaded (no new ones); ANALYZE.", loaded);
                }
                line("");
                measureScale(scale);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            cleanUp(dbName);
        }
    }

    synchronized void cleanUp(String dbName) {
        try {
            if (bare != null) bare.close();
            bare = null;
            if (app != null) app.stop();
            app = null;
            if (!keep) {
                sql(baseUrl, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            }
        } catch (Exception e) {
            System.err.println("clean-up: " + e);
        }
        System.out.println("\nwritten to " + reportFile);
    }

    // --- loading -------------------------------------------------------------------------------------------------

    /** Creates {@code count} applications over HTTP with {@link #threads} recruiters; returns applications/s. */
    double load(int count) throws Exception {
        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // signed in before the clock starts, as parallel() does: the rate is of creations, not of sign-ins
        List<WebClient> loaders = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            WebClient client = client(t % 2 == 0 ? "rita" : "rafael", "load" + t);
            loaders.add(client);
            tokens.add(token(client));
        }
        cpuAtStart = cpuNow(); // after the sign-ins and tokens, as the clock
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            WebClient client = loaders.get(t);
            String token = tokens.get(t);
            work.add(pool.submit(() -> {
                while (claimed.getAndIncrement() < count) {
                    if (createApplication(client, token)) done.incrementAndGet();
                    else failed.incrementAndGet();
                }
                return null;
            }));
        }
        pool.shutdown();
        long lastPrint = System.nanoTime();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  loading: %,d of %,d (%.0f/s)%n", done.get(), count, done.get() / seconds(start));
            }
        }
        for (Future<?> f : work) f.get();
        if (failed.get() > 0) line("**%d creations failed** (see the app log)", failed.get());
        return done.get() / seconds(start);
    }

    boolean createApplication(WebClient client, String token) {
        int n = nextCandidate.incrementAndGet();
        long requisition = requisitionFor(n);
        HttpResponse<String> r = client.postWithToken("/requisitions/" + requisition + "/applications", Map.of(
                "name", "Candidate " + n, "email", "c" + n + "@bench.example", "zone", ZONES[n % ZONES.length],
                "country", COUNTRIES[n % COUNTRIES.length], "resumeUrl", "", "source", "INBOUND"), token);
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/applications/");
    }

    static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Africa/Lagos", "Australia/Sydney"};
    static final String[] COUNTRIES = {"DE", "US", "IN", "NG", "AU"};

    /** 35 % to Beats (35,000 at 100k: the board target), the rest spread over the other five. */
    long requisitionFor(int n) {
        int slot = n % 100;
        if (slot < 35) return beats;
        List<Long> others = requisitionByTeam.entrySet().stream().filter(e -> !e.getKey().equals("beats"))
                .map(Map.Entry::getValue).toList();
        return others.get(slot % others.size());
    }

    // --- one scale -------------------------------------------------------------------------------------------------

    void measureScale(int scale) throws Exception {
        if (throughputOnly) {
            throughput(scale);
            heap();
            return;
        }
        List<Long> beatsApplications = applicationIds(beats);
        line("| page | users | requests | p50 ms | p95 ms | p99 ms | KB/page | pages/s |");
        line("|---|---|---|---|---|---|---|---|");
        Map<String, Stats> p95 = new HashMap<>();
        if (tasksOnly) {
            for (int users : USERS) {
                p95.put("tasks-recruiter-" + users, page("My tasks (recruiter)", users, List.of("rita", "rafael"), n -> "/tasks"));
                page("My tasks (interviewer)", users, List.of("ivan", "priya", "sam"), n -> "/tasks");
            }
            line("");
            line("| query | threads | queries | p50 ms | p95 ms | p99 ms | My tasks (recruiter) p95 / bare p95 |");
            line("|---|---|---|---|---|---|---|");
            for (int users : USERS) {
                Stats list = timed(users, () -> bare.candidateGroupPage(RECRUITER_GROUP));
                Stats app = p95.get("tasks-recruiter-" + users);
                line("| listPage(0, 50) | %d | %d | %.1f | %.1f | %.1f | %.1f× |", users, list.count(), list.p(50),
                        list.p(95), list.p(99), app.p(95) / list.p(95));
            }
            line("");
            return;
        }
        for (int users : USERS) {
            p95.put("tasks-recruiter-" + users, page("My tasks (recruiter)", users, List.of("rita", "rafael"), n -> "/tasks"));
            page("My tasks (interviewer)", users, List.of("ivan", "priya", "sam"), n -> "/tasks");
            page("home (recruiter, manager, interviewer)", users, List.of("rita", "hank", "ivan"), n -> "/");
            page("board (Beats requisition)", users, List.of("rita", "hank"), n -> "/requisitions/" + beats + "/board");
            page("requisition (Beats)", users, List.of("rita", "hank"), n -> "/requisitions/" + beats);
            page("application (Beats)", users, List.of("rita", "hank"),
                    n -> "/applications/" + beatsApplications.get(ThreadLocalRandom.current().nextInt(beatsApplications.size())));
        }
        // the target for these two is with 4 users
        page("board (Beats requisition)", 4, List.of("rita", "hank"), n -> "/requisitions/" + beats + "/board");
        page("requisition (Beats)", 4, List.of("rita", "hank"), n -> "/requisitions/" + beats);
        // reports (issue 15): every report of the range on one page; 90 days is the page's default
        String year = "?from=" + java.time.LocalDate.now().minusDays(364) + "&to=" + java.time.LocalDate.now();
        for (int users : new int[] {1, 4}) {
            page("reports, 90 days (all nine)", users, List.of("rita", "rafael"), n -> "/reports");
            page("reports, a year (all nine)", users, List.of("rita", "rafael"), n -> "/reports" + year);
        }
        page("reports: funnel CSV, a year", 1, List.of("rita"), n -> "/reports/funnel.csv" + year);
        page("reports: feedback per interviewer CSV, a year", 1, List.of("rita"),
                n -> "/reports/feedback-interviewers.csv" + year);
        line("");
        line("Bare engine, the same database: `taskService.createTaskQuery().taskCandidateGroup(\"recruiter\").orderByDueDate().asc().listPage(0, 50)`"
                + " and its `count()`:");
        line("");
        line("| query | threads | queries | p50 ms | p95 ms | p99 ms | My tasks (recruiter) p95 / bare p95 |");
        line("|---|---|---|---|---|---|---|");
        for (int users : USERS) {
            Stats list = timed(users, () -> bare.candidateGroupPage(RECRUITER_GROUP));
            Stats app = p95.get("tasks-recruiter-" + users);
            line("| listPage(0, 50) | %d | %d | %.1f | %.1f | %.1f | %.1f× |", users, list.count(), list.p(50), list.p(95),
                    list.p(99), app.p(95) / list.p(95));
            Stats count = timed(users, () -> bare.candidateGroupCount(RECRUITER_GROUP));
            line("| count() | %d | %d | %.1f | %.1f | %.1f | |", users, count.count(), count.p(50), count.p(95), count.p(99));
        }
        line("");
        throughput(scale);
        heap();
    }

    /** Times one page for {@link #budgetSeconds} with {@code users} clients; prints a table row. */
    Stats page(String name, int users, List<String> who, java.util.function.IntFunction<String> path) throws Exception {
        List<WebClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) sessions.add(client(who.get(i % who.size()), "s" + i));
        // warm-up: one request per session, not counted
        for (WebClient c : sessions) {
            HttpResponse<String> r = c.get(path.apply(0));
            if (r.statusCode() != 200) throw new IllegalStateException(name + ": " + r.statusCode() + " for " + r.uri());
        }
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        int minimum = users == 1 ? 10 : 2 * users;
        AtomicLong bytes = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (WebClient c : sessions) {
            pool.submit(() -> {
                int n = 0;
                do {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = c.get(path.apply(n++));
                    nanos.add(System.nanoTime() - t0);
                    bytes.addAndGet(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                    if (r.statusCode() != 200) errors.incrementAndGet();
                } while (System.nanoTime() < end || nanos.size() < minimum);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double wall = seconds(start);
        Stats s = new Stats(nanos);
        line("| %s | %d | %d%s | %.0f | %.0f | %.0f | %.0f | %.1f |", name, users, s.count(),
                errors.get() > 0 ? " (" + errors.get() + " not 200)" : "", s.p(50), s.p(95), s.p(99),
                bytes.get() / 1024.0 / s.count(), s.count() / wall);
        return s;
    }

    /** Times a bare-engine call with {@code users} threads for {@link #budgetSeconds}. */
    Stats timed(int users, Runnable call) throws InterruptedException {
        long warm = System.nanoTime() + 2_000_000_000L;
        do {
            call.run();
        } while (System.nanoTime() < warm);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int i = 0; i < users; i++) {
            pool.submit(() -> {
                do {
                    long t0 = System.nanoTime();
                    call.run();
                    nanos.add(System.nanoTime() - t0);
                } while (System.nanoTime() < end);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new Stats(nanos);
    }

    /**
     * Creation and screening throughput, app over HTTP and the bare engine, {@link #sample} each, {@link #threads}
     * threads, in three interleaved rounds (app, bare, app, bare, …) so that a change in the machine's load hits both.
     * While it runs, the rejection step's jobs are created suspended (for both: neither runs the step meanwhile).
     */
    void throughput(int scale) throws Exception {
        int rounds = 3;
        double[] seconds = new double[4];
        int[] counts = new int[4];
        // CPU seconds spent while each of the four runs: [what][app JVM, this JVM, the database's server processes]
        double[][] cpu = new double[4][CPU_FIGURES];
        bare.suspendRejectionJobs();
        try {
            if (!bareWarm) {
                bareRound(warmup, new double[2][CPU_FIGURES]);
                bareWarm = true;
            }
            if (!appWarm) { // the same unmeasured warm-up for the app's two forms (the JIT, the pools)
                load(warmup);
                appScreenings(bare.screeningTasks(HiringProcess.BUSINESS_KEY_PREFIX, warmup));
                appWarm = true;
            }
            for (int round = 0; round < rounds; round++) {
                int n = sample / rounds + (round < sample % rounds ? 1 : 0);
                // the app: create, then complete as many screenings of existing applications (outcome: reject)
                double appCreate = load(n);
                add(cpu[0], cpuAtStart, cpuNow());
                seconds[0] += n / appCreate;
                counts[0] += n;
                List<String> appTasks = bare.screeningTasks(HiringProcess.BUSINESS_KEY_PREFIX, n);
                double appComplete = appScreenings(appTasks);
                add(cpu[1], cpuAtStart, cpuNow());
                seconds[1] += appTasks.size() / appComplete;
                counts[1] += appTasks.size();
                // the bare engine: the same process with the same variables, the same task with the same variable
                double[][] bareCpu = new double[2][CPU_FIGURES];
                double[] bareRates = bareRound(n, bareCpu);
                add(cpu[2], new double[CPU_FIGURES], bareCpu[0]);
                add(cpu[3], new double[CPU_FIGURES], bareCpu[1]);
                seconds[2] += n / bareRates[0];
                counts[2] += n;
                seconds[3] += n / bareRates[1];
                counts[3] += n;
            }
        } finally {
            bare.resumeJobs();
        }
        analyze();
        line("Throughput at %,d (%d threads, %d interleaved rounds; the app over HTTP, the bare engine through its Java API; "
                + "%,d applications created and %,d screenings completed, outcome reject; the new applications stay open; the bare "
                + "engine's own instances are deleted after each round):", scale, threads, rounds, counts[0], counts[1]);
        line("");
        line("| what | app /s | bare /s | app / bare |");
        line("|---|---|---|---|");
        double appCreate = counts[0] / seconds[0];
        double appComplete = counts[1] / seconds[1];
        double bareCreate = counts[2] / seconds[2];
        double bareComplete = counts[3] / seconds[3];
        line("| create an application (start the hiring process) | %.1f | %.1f | %.2f× |", appCreate, bareCreate, appCreate / bareCreate);
        line("| complete a screening | %.1f | %.1f | %.2f× |", appComplete, bareComplete, appComplete / bareComplete);
        line("");
        line("CPU per request while each ran, in ms: the app's JVM; this JVM (the HTTP clients for the app, the engine for "
                + "bare); the database's server processes (from /proc%s). In brackets, of a JVM's figure, its JIT compiler "
                + "and its garbage collector and VM thread (their threads in /proc; a compiler thread that ended meanwhile is "
                + "missing there). The app's JVM works in the background during the bare runs too (job acquisition, the "
                + "metrics' counts):", serverCpuReadable ? "" : ": not readable here");
        line("");
        line("| what | requests | app JVM (JIT / GC) | bench JVM (JIT / GC) | PostgreSQL | total |");
        line("|---|---|---|---|---|---|");
        String[] what = {"create, app", "screening, app", "create, bare", "screening, bare"};
        for (int i = 0; i < 4; i++) {
            double per = 1000.0 / counts[i];
            double[] c = cpu[i];
            line("| %s | %d | %.1f (%.1f / %.1f) | %.1f (%.1f / %.1f) | %.1f | %.1f |", what[i], counts[i], c[0] * per,
                    c[3] * per, c[4] * per, c[1] * per, c[5] * per, c[6] * per, c[2] * per, (c[0] + c[1] + c[2]) * per);
        }
        line("");
    }

    /** {@link #cpuNow()}'s figures: app JVM, this JVM, server, app JIT, app GC, this JVM's JIT, this JVM's GC. */
    static final int CPU_FIGURES = 7;

    /** CPU seconds of a JVM's JIT compiler threads and of its GC and VM threads, from /proc/{pid}/task (Linux). */
    static double[] jitAndGc(long pid) {
        double jit = 0;
        double gc = 0;
        try (var tasks = Files.list(Paths.get("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                if (name.contains("Compiler")) jit += seconds;
                else if (name.startsWith("G1") || name.startsWith("GC ") || name.equals("VM Thread")) gc += seconds;
            }
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {jit, gc};
    }

    private static void add(double[] sum, double[] before, double[] after) {
        for (int i = 0; i < sum.length; i++) sum[i] += after[i] - before[i];
    }

    /** {@link #cpuNow()} when the clock of the last {@link #load} or {@link #parallel} run started. */
    double[] cpuAtStart;

    /** Whether the database server's processes could be read in /proc (the server on this machine, readable). */
    boolean serverCpuReadable = true;

    /** CPU seconds so far: the app's JVM, this JVM, and the server processes of this benchmark's database. */
    double[] cpuNow() {
        double appCpu = app.process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        double self = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double[] appThreads = jitAndGc(app.process.pid());
        double[] selfThreads = jitAndGc(ProcessHandle.current().pid());
        return new double[] {appCpu, self, serverCpu(), appThreads[0], appThreads[1], selfThreads[0], selfThreads[1]};
    }

    /** utime + stime of the server processes connected to this benchmark's database (Linux, 100 ticks per second). */
    double serverCpu() {
        if (!serverCpuReadable) return 0;
        double ticks = 0;
        try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                Path stat = Paths.get("/proc", String.valueOf(rs.getInt(1)), "stat");
                if (!Files.isReadable(stat)) {
                    serverCpuReadable = false;
                    return 0;
                }
                String text = Files.readString(stat);
                String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat: utime, stime
            }
        } catch (SQLException | IOException e) {
            serverCpuReadable = false;
            return 0;
        }
        return ticks / 100.0;
    }

    /** Completes these screenings through the app's form (outcome: reject), {@link #threads} at once; returns screenings/s. */
    double appScreenings(List<String> taskIds) throws Exception {
        return parallel(taskIds, threads, (client, taskId) -> {
            HttpResponse<String> r = client.postWithToken("/tasks/" + taskId + "/screen",
                    Map.of("outcome", "REJECT", "reason", "benchmark"), client.token());
            return r.statusCode() == 302;
        });
    }

    /**
     * Starts {@code count} hiring processes on the bare engine, completes their screenings, deletes them: the two rates.
     * The CPU seconds of each part go to {@code cpu[0]} and {@code cpu[1]} (as {@link #cpuNow()}).
     */
    double[] bareRound(int count, double[][] cpu) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) numbers.add(nextBare.incrementAndGet());
        double[] cpu0 = cpuNow();
        long t0 = System.nanoTime();
        runAll(numbers, n -> bare.start(n, beats));
        double create = count / seconds(t0);
        add(cpu[0], cpu0, cpuNow());
        List<String> tasks = bare.screeningTasks(BareEngine.BUSINESS_KEY_PREFIX, count);
        cpu0 = cpuNow();
        t0 = System.nanoTime();
        runAll(tasks, bare::screen);
        double complete = tasks.size() / seconds(t0);
        add(cpu[1], cpu0, cpuNow());
        bare.deleteOwnInstances();
        return new double[] {create, complete};
    }

    interface ClientWork<T> {
        boolean run(TokenClient client, T item);
    }

    /** A signed-in client and the CSRF token of its session. */
    record TokenClient(WebClient web, String token) {
        HttpResponse<String> postWithToken(String action, Map<String, String> fields, String token) {
            return web.postWithToken(action, fields, token);
        }
    }

    <T> double parallel(List<T> items, int n, ClientWork<T> work) throws Exception {
        ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
        AtomicInteger failed = new AtomicInteger();
        List<TokenClient> sessions = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            WebClient c = client(t % 2 == 0 ? "rita" : "rafael", "load" + t);
            sessions.add(new TokenClient(c, token(c)));
        }
        cpuAtStart = cpuNow(); // after the sign-ins and tokens, as the clock
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<?>> fs = new ArrayList<>();
        for (TokenClient c : sessions) {
            fs.add(pool.submit(() -> {
                T item;
                while ((item = queue.poll()) != null) {
                    if (!work.run(c, item)) failed.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        double rate = (items.size() - failed.get()) / seconds(start);
        if (failed.get() > 0) line("**%d of %d failed**", failed.get(), items.size());
        return rate;
    }

    <T> void runAll(List<T> items, java.util.function.Consumer<T> work) throws Exception {
        ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                T item;
                while ((item = queue.poll()) != null) work.accept(item);
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
    }

    void heap() {
        try {
            String used = app.heapAfterGc();
            line("App heap after a full GC: %s.", used);
            line("");
        } catch (RuntimeException e) {
            line("App heap: not measured (%s).", e.getMessage());
        }
    }

    // --- clients, database -----------------------------------------------------------------------------------------

    WebClient client(String user, String slot) {
        return clients.computeIfAbsent(user + "/" + slot, k -> {
            WebClient c = new WebClient(port);
            HttpResponse<String> r = c.signIn(user, "demo");
            if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + user + " failed: " + r.statusCode());
            }
            return c;
        });
    }

    String token(WebClient c) {
        return WebClient.csrfToken(c.get("/requisitions/" + beats + "/applications/new").body());
    }

    void readRequisitions() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT t.slug, r.id FROM requisition r JOIN team t ON t.id = r.team_id ORDER BY r.id")) {
            while (rs.next()) requisitionByTeam.putIfAbsent(rs.getString(1), rs.getLong(2));
        }
        beats = requisitionByTeam.get("beats");
    }

    /** Applications an earlier run of this benchmark created in the database (their e-mails end in @bench.example). */
    int alreadyLoaded() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM application WHERE candidate_email_key LIKE '%@bench.example'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    List<Long> applicationIds(long requisition) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl); var s = c.prepareStatement(
                "SELECT id FROM application WHERE requisition_id = ? ORDER BY id DESC LIMIT 2000")) {
            s.setLong(1, requisition);
            try (var rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    void analyze() throws SQLException {
        long t0 = System.nanoTime();
        sql(dbUrl, "ANALYZE");
        System.out.printf("  ANALYZE in %.1f s%n", seconds(t0));
    }

    String autovacuum() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW autovacuum")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One statement on its own connection; waits (up to a minute) for a free connection when the shared server has none (53300). */
    static void sql(String url, String statement) throws SQLException {
        try {
            Awaitility.await("a free connection to run " + statement).atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).until(() -> ranOnce(url, statement));
        } catch (ConditionTimeoutException e) {
            throw new SQLException("no free connection within a minute for " + statement, "53300", e);
        }
    }

    /** Runs the statement; false when the server had no free connection (53300), any other failure thrown. */
    private static boolean ranOnce(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
            return true;
        } catch (SQLException e) {
            if ("53300".equals(e.getSQLState())) return false;
            throw e;
        }
    }

    /** The same server and parameters as {@code base}, another database. */
    static String databaseUrl(String base, String db) {
        Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$").matcher(base);
        if (!m.matches()) throw new IllegalArgumentException("not a jdbc:postgresql:// URL: " + base);
        return m.group(1) + db + (m.group(3) == null ? "" : m.group(3));
    }

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
        try {
            Files.writeString(reportFile, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Latencies in nanoseconds, read as milliseconds. */
    record Stats(List<Long> sorted) {
        Stats(java.util.Collection<Long> nanos) {
            this(nanos.stream().sorted().toList());
        }

        int count() {
            return sorted.size();
        }

        double p(int percentile) {
            if (sorted.isEmpty()) return Double.NaN;
            int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }

    /** The app as its own JVM from the packaged jar, on the benchmark's database. */
    static final class AppProcess {
        final Process process;
        final Path log;
        final double readySeconds;

        private AppProcess(Process process, Path log, double readySeconds) {
            this.process = process;
            this.log = log;
            this.readySeconds = readySeconds;
        }

        static AppProcess start(Path jar, String dbUrl, int port, Path log) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("java"));
            String opts = System.getenv().getOrDefault("BENCH_APP_JAVA_OPTS", "");
            if (!opts.isBlank()) cmd.addAll(List.of(opts.trim().split("\\s+")));
            Map<String, String> params = query(dbUrl);
            cmd.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=postgres,demo",
                    "--spring.datasource.url=" + dbUrl.replaceAll("\\?.*$", ""),
                    "--spring.datasource.username=" + params.getOrDefault("user", "postgres"),
                    "--spring.datasource.password=" + params.getOrDefault("password", ""),
                    // the server's connections are shared: open them as needed (the maximum stays the app's own)
                    "--spring.datasource.hikari.minimum-idle=4",
                    "--server.port=" + port));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long t0 = System.nanoTime();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            var ready = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            try {
                Awaitility.await("the app ready (see " + log + ")").atMost(Duration.ofMinutes(5))
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                        .ignoreExceptionsInstanceOf(IOException.class)
                        .failFast("the app stopped during start-up; see " + log, () -> !p.isAlive())
                        .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            } catch (ConditionTimeoutException e) {
                p.destroy();
                throw new IllegalStateException("the app was not ready within 5 minutes; see " + log, e);
            }
            return new AppProcess(p, log, seconds(t0));
        }

        static Map<String, String> query(String url) {
            Map<String, String> params = new HashMap<>();
            int q = url.indexOf('?');
            if (q >= 0) {
                for (String kv : url.substring(q + 1).split("&")) {
                    String[] parts = kv.split("=", 2);
                    params.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
            return params;
        }

        /** {@code jcmd GC.run}, then the used heap from {@code jcmd GC.heap_info}. */
        String heapAfterGc() {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            if (!m.find()) throw new IllegalStateException("no heap figure from jcmd");
            return String.format(Locale.ROOT, "%d MB used of %d MB committed", Long.parseLong(m.group(2)) >> 10,
                    Long.parseLong(m.group(1)) >> 10);
        }

        String jcmd(String command) {
            try {
                Process j = new ProcessBuilder("jcmd", String.valueOf(process.pid()), command).redirectErrorStream(true).start();
                String text = new String(j.getInputStream().readAllBytes());
                j.waitFor(60, TimeUnit.SECONDS);
                return text;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }
}
