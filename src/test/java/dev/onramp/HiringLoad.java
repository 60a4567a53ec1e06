package dev.onramp;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.onboarding.OnboardingProcess;
import dev.onramp.system.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A realistic mix of work for the reliability suites, through the HTTP forms as the demo people would do it: rita
 * adds candidates to a Beats requisition and screens them, sends the take-home and marks it received, schedules the
 * interviews on a proposed slot; the interviewers submit their feedback (+1, so the Beats rule hires); rita makes an
 * offer inside the band and records its acceptance; hank confirms a mentor, the mentor accepts (or declines when at
 * their mentee limit); the hire gets an X-School seat by the process. What to do next is read from the database
 * each step (open tasks, waiting timers and messages), so the load carries on whatever a crash left. Interviews lie days ahead: their "interview over" timer is
 * run by an admin through the engine REST API (what an operator's Cockpit does), never moved. Every request may fail
 * (the node is being killed): that is counted, not an error. What the suites check afterwards is in
 * {@link #violations}.
 */
final class HiringLoad {

    private static final Pattern INPUT = Pattern.compile("<input [^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");
    private static final Pattern FIELD_ERROR = Pattern.compile("<p class=\"field-error\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern FORM_ERRORS = Pattern.compile("id=\"form-errors\"[^>]*>(.*?)</div>", Pattern.DOTALL);
    private static final Pattern RATING = Pattern.compile("name=\"(ratings\\[[^\\]]+\\])\"");
    private static final String PASSWORD = "demo";
    /** New candidates only while fewer are in the pipeline. */
    private static final int MAX_ACTIVE = 8;
    /** The order of the work, furthest along first. */
    private static final List<String> STEPS = List.of(OnboardingProcess.TASK_ACCEPT_MENTEE,
            OnboardingProcess.TASK_CONFIRM_MENTOR, DecideAndOffer.TASK_RECORD_ANSWER, DecideAndOffer.TASK_APPROVE_OFFER,
            DecideAndOffer.TASK_PREPARE_OFFER, InterviewStage.TASK_SUBMIT_FEEDBACK, InterviewStage.EVENT_INTERVIEW_OVER,
            InterviewStage.TASK_SCHEDULE_INTERVIEW, TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED,
            TakeHomeStage.TASK_SEND_TAKE_HOME, HiringProcess.TASK_SCREEN);

    /** A feedback whose submit was answered with a redirect: the stage's process instance and the interviewer. */
    record Submitted(String stageProcessInstance, String interviewer) {
    }

    private final JdbcClient db;
    private final List<IntSupplier> ports;
    private final Random random;
    private final Map<String, WebClient> sessions = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Set<Submitted> submitted = ConcurrentHashMap.newKeySet();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong redirects = new AtomicLong();
    final AtomicLong failedRequests = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicInteger applicationsAdded = new AtomicInteger();
    /** How each kind of step was answered ("feedback 302": count), for the report. */
    final Map<String, AtomicLong> outcomes = new java.util.concurrent.ConcurrentSkipListMap<>();
    /** Errors of the load itself (not of a node): the first few. */
    final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<String> jobsInFlight = ConcurrentHashMap.newKeySet();
    private volatile long requisitionId;

    /** {@code ports}: the nodes to send work to (one chosen at random per step). */
    HiringLoad(JdbcClient db, long seed, List<IntSupplier> ports) {
        this.db = db;
        this.random = new Random(seed);
        this.ports = List.copyOf(ports);
    }

    /** One step: the next piece of work, or a new candidate. Never throws for a failed request. */
    void step() {
        int port = ports.get(random.nextInt(ports.size())).getAsInt();
        try {
            List<Runnable> work = work(port);
            long active = db.sql("SELECT COUNT(*) FROM application WHERE status = 'ACTIVE'").query(Long.class).single();
            if (work.isEmpty() || (active < MAX_ACTIVE && random.nextInt(6) == 0)) {
                addCandidate(port);
            } else {
                // mostly the furthest along (work() lists it first), so that candidates get hired, not just piled up
                work.get(random.nextInt(Math.min(work.size(), 3))).run();
            }
        } catch (NodeDown down) {
            failedRequests.incrementAndGet();
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        } catch (RuntimeException | AssertionError unexpected) {
            // the test's own reading of the database failed (it restarts too), or a bug in this class: kept for the report
            if (errors.size() < 20) {
                errors.add(unexpected.toString());
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    /** Steps until {@code until} returns true. */
    void runUntil(java.util.function.BooleanSupplier until) {
        while (!until.getAsBoolean()) {
            step();
        }
    }

    // --- what there is to do

    private List<Runnable> work(int port) {
        List<Map.Entry<Integer, Runnable>> ranked = new ArrayList<>();
        java.util.function.BiConsumer<String, Runnable> add = (step, action) -> ranked.add(Map.entry(STEPS.indexOf(step), action));
        for (Map<String, Object> task : db.sql("""
                SELECT t.ID_ AS id, t.TASK_DEF_KEY_ AS task_key, t.ASSIGNEE_ AS assignee, t.PROC_INST_ID_ AS instance
                  FROM ACT_RU_TASK t ORDER BY t.CREATE_TIME_ LIMIT 200
                """).query().listOfRows()) {
            String id = (String) task.get("id");
            String assignee = (String) task.get("assignee");
            String instance = (String) task.get("instance");
            switch ((String) task.get("task_key")) {
                case HiringProcess.TASK_SCREEN -> add.accept(HiringProcess.TASK_SCREEN, () -> screen(port, id));
                case TakeHomeStage.TASK_SEND_TAKE_HOME -> add.accept(TakeHomeStage.TASK_SEND_TAKE_HOME, () -> sendTakeHome(port, id));
                case InterviewStage.TASK_SCHEDULE_INTERVIEW -> add.accept(InterviewStage.TASK_SCHEDULE_INTERVIEW, () -> schedule(port, id));
                case InterviewStage.TASK_SUBMIT_FEEDBACK -> {
                    if (assignee != null) {
                        add.accept(InterviewStage.TASK_SUBMIT_FEEDBACK, () -> feedback(port, id, assignee, instance));
                    }
                }
                case DecideAndOffer.TASK_PREPARE_OFFER -> add.accept(DecideAndOffer.TASK_PREPARE_OFFER, () -> offer(port, id));
                case DecideAndOffer.TASK_APPROVE_OFFER -> add.accept(DecideAndOffer.TASK_APPROVE_OFFER, () -> approve(port, id, assignee));
                case DecideAndOffer.TASK_RECORD_ANSWER -> add.accept(DecideAndOffer.TASK_RECORD_ANSWER, () -> accept(port, id));
                case OnboardingProcess.TASK_CONFIRM_MENTOR -> add.accept(OnboardingProcess.TASK_CONFIRM_MENTOR, () -> confirmMentor(port, id, assignee));
                case OnboardingProcess.TASK_ACCEPT_MENTEE -> add.accept(OnboardingProcess.TASK_ACCEPT_MENTEE, () -> acceptMentee(port, id, assignee));
                default -> {
                    // reminders, debriefs, travel: not part of this mix
                }
            }
        }
        // a take-home the stage process waits for, found as the application page finds it (TakeHomes): its stage
        // process, by the interview row, subscribed to the message
        for (long application : db.sql("""
                SELECT DISTINCT i.application_id FROM interview i
                  JOIN ACT_RU_EVENT_SUBSCR s ON s.PROC_INST_ID_ = i.stage_process_instance_id
                 WHERE i.kind = 'TAKE_HOME' AND i.status = 'SCHEDULED' AND s.EVENT_NAME_ = ?
                """).param(TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED).query(Long.class).list()) {
            add.accept(TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED, () -> takeHomeReceived(port, application));
        }
        for (String job : db.sql("SELECT j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = ? AND j.RETRIES_ > 0")
                .param(InterviewStage.EVENT_INTERVIEW_OVER).query(String.class).list()) {
            add.accept(InterviewStage.EVENT_INTERVIEW_OVER, () -> interviewOver(port, job));
        }
        java.util.Collections.shuffle(ranked, random);
        ranked.sort(Map.Entry.comparingByKey());
        return ranked.stream().map(Map.Entry::getValue).toList();
    }

    // --- the forms

    private void addCandidate(int port) {
        long requisition = beatsRequisition(port);
        int n = sequence.incrementAndGet();
        String email = "load-" + random.nextInt(1_000_000) + "-" + n + "@example.com";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Load Candidate " + n);
        fields.put("email", email);
        fields.put("zone", "Asia/Kolkata");
        fields.put("country", "IN");
        fields.put("resumeUrl", "https://example.com/cv/" + n);
        fields.put("source", Application.Source.REFERRAL.name());
        if (post(port, "rita", "/requisitions/" + requisition + "/applications/new",
                "/requisitions/" + requisition + "/applications", fields)) {
            applicationsAdded.incrementAndGet();
        }
    }

    /** An open Beats requisition with openings to spare; rita opens one through the form when there is none. */
    private long beatsRequisition(int port) {
        if (requisitionId != 0 && db.sql("SELECT COUNT(*) FROM requisition WHERE id = ? AND status = 'OPEN'")
                .param(requisitionId).query(Long.class).single() == 1) {
            return requisitionId;
        }
        long beats = db.sql("SELECT id FROM team WHERE slug = 'beats'").query(Long.class).single();
        long hank = personId("hank");
        List<Long> open = db.sql("""
                SELECT id FROM requisition WHERE team_id = ? AND status = 'OPEN' AND openings = 50 ORDER BY id DESC
                """).param(beats).query(Long.class).list();
        if (!open.isEmpty()) {
            return requisitionId = open.get(0);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Load " + random.nextInt(1_000_000));
        fields.put("teamId", String.valueOf(beats));
        fields.put("hiringManagerId", String.valueOf(hank));
        fields.put("locationPolicy", "Anywhere");
        fields.put("openings", "50");
        fields.put("description", "Opened by the reliability load.");
        HttpResponse<String> response = client(port, "rita").postForm("/requisitions/new?team=" + beats, "/requisitions", fields);
        String location = redirect(response);
        if (location == null || !location.matches("/requisitions/\\d+")) {
            throw new NodeDown("requisition not opened: " + response.statusCode());
        }
        return requisitionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void screen(int port, String task) {
        String form = "/tasks/" + task + "/" + HiringProcess.FORM_SCREEN;
        post(port, "rita", form, form, Map.of("outcome", HiringProcess.SCREENING_ADVANCE, "reason", ""));
    }

    private void sendTakeHome(int port, String task) {
        String form = "/tasks/" + task + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        String page = page(port, "rita", form);
        List<String> reviewers = checked(page, "reviewers");
        if (!reviewers.isEmpty()) {
            post(port, "rita", form, form, Map.of("reviewers", String.join(",", reviewers)));
        }
    }

    private void takeHomeReceived(int port, long application) {
        post(port, "rita", "/applications/" + application, "/applications/" + application + "/take-home-received", Map.of());
    }

    private void schedule(int port, String task) {
        String form = "/tasks/" + task + "/" + InterviewStage.FORM_SCHEDULE;
        String page = page(port, "rita", form);
        List<String> interviewers = checked(page, "interviewers");
        List<String> slots = checked(page, "slot");
        if (interviewers.isEmpty() || slots.isEmpty()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", String.join(",", interviewers));
        fields.put("slot", slots.get(0));
        fields.put("otherStart", "");
        fields.put("otherZone", "Europe/Madrid");
        HttpResponse<String> answer = submit(port, "rita", form, form, fields);
        if (answer != null && answer.statusCode() == 200 && answer.body().contains("class=\"clash\"")) {
            // a real clash: the other driver booked one of these people (or this candidate) at this time after this
            // page was read. A recruiter reads the slots the form offers now (the new booking left out) and takes one.
            List<String> offered = values(answer.body(), "slot").stream().filter(v -> v.endsWith("Z")).toList();
            if (!offered.isEmpty()) {
                fields.put("slot", offered.get(0));
                post(port, "rita", form, form, fields);
            }
        }
    }

    private void feedback(int port, String task, String interviewer, String stage) {
        String form = "/tasks/" + task + "/" + InterviewStage.FORM_FEEDBACK;
        String page = page(port, interviewer, form);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher rating = RATING.matcher(page);
        while (rating.find()) {
            fields.put(rating.group(1), "YES");
        }
        if (fields.isEmpty()) {
            return;
        }
        fields.put("vote", "PLUS_ONE");
        fields.put("noteForNext", "Steady under load.");
        fields.put("action", "submit");
        if (post(port, interviewer, form, form, fields)) {
            submitted.add(new Submitted(stage, interviewer));
        }
    }

    private void offer(int port, String task) {
        String form = "/tasks/" + task + "/" + DecideAndOffer.FORM_OFFER;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("startDate", LocalDate.now(ZoneOffset.UTC).plusWeeks(4).with(java.time.DayOfWeek.MONDAY).toString());
        fields.put("workCountry", "IN");
        fields.put("timeZone", "Asia/Kolkata");
        fields.put("annualAmount", "4000000"); // inside the Beats band in INR
        fields.put("currency", "INR");
        fields.put("note", "");
        post(port, "rita", form, form, fields);
    }

    private void approve(int port, String task, String manager) {
        if (manager == null) {
            return;
        }
        String form = "/tasks/" + task + "/" + DecideAndOffer.FORM_OFFER_APPROVAL;
        post(port, manager, form, form, Map.of("decision", "APPROVE", "comment", ""));
    }

    private void accept(int port, String task) {
        String form = "/tasks/" + task + "/" + DecideAndOffer.FORM_OFFER_ANSWER;
        post(port, "rita", form, form, Map.of("answer", DecideAndOffer.OfferAnswer.ACCEPTED.name(), "declineReason", ""));
    }

    private void confirmMentor(int port, String task, String manager) {
        if (manager == null) {
            return;
        }
        String form = "/tasks/" + task + "/" + OnboardingProcess.FORM_CONFIRM_MENTOR;
        List<String> mentors = values(page(port, manager, form), "mentorId");
        if (!mentors.isEmpty()) {
            post(port, manager, form, form, Map.of("mentorId", mentors.get(0)));
        }
    }

    private void acceptMentee(int port, String task, String mentor) {
        if (mentor == null) {
            return;
        }
        String form = "/tasks/" + task + "/" + OnboardingProcess.FORM_ACCEPT_MENTEE;
        HttpResponse<String> answer = submit(port, mentor, form, form, Map.of("decision", "ACCEPT", "reason", ""));
        if (answer != null && answer.statusCode() == 200 && answer.body().contains("id=\"decision-error\"")) {
            // at their mentee limit (other new hires' mentors accepted meanwhile): the mentor declines, as the form
            // says, and the manager gets new suggestions
            post(port, mentor, form, form, Map.of("decision", "DECLINE", "reason", "At my mentee limit."));
        }
    }

    /** An admin runs the interview's "over" timer now, through the engine REST API (HTTP Basic). */
    private void interviewOver(int port, String job) {
        if (!jobsInFlight.add(job)) {
            return; // the other driver runs it now: a second run would only be told "no job found" (an operator's
            // stale click; the REST API answers 404, and the engine logs it at ERROR as ENGINE-16004)
        }
        try {
            runJob(port, job);
        } finally {
            jobsInFlight.remove(job);
        }
    }

    private void runJob(int port, String job) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/job/" + job + "/execute"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        requests.incrementAndGet();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            outcomes.computeIfAbsent("interview over " + status, k -> new AtomicLong()).incrementAndGet();
            if (status == 503) {
                unavailable.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            throw new NodeDown(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeDown("interrupted");
        }
    }

    // --- HTTP, as a browser with a session per person and node

    private String page(int port, String person, String path) {
        HttpResponse<String> response = call(() -> client(port, person).get(path));
        signedOutIf(response, port, person);
        return response.statusCode() == 200 ? response.body() : "";
    }

    /** Posts a form; true when it was answered with a redirect (done), other than to the sign-in page. */
    private boolean post(int port, String person, String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> response = submit(port, person, formPage, action, fields);
        boolean done = response != null && response.statusCode() == 302 && !redirect(response).startsWith("/login");
        if (done) {
            redirects.incrementAndGet();
        }
        return done;
    }

    /** Posts the form as {@link #post} does and answers the response; null when there was no form to post from. */
    private HttpResponse<String> submit(int port, String person, String formPage, String action, Map<String, String> fields) {
        WebClient client = client(port, person);
        HttpResponse<String> page = call(() -> client.get(formPage));
        signedOutIf(page, port, person);
        String token = page.statusCode() == 200 ? csrfToken(page.body()) : null;
        if (token == null) {
            // no form to post from (signed out by a restart, the page's answer, or a page without a form): say which
            outcomes.computeIfAbsent("no form: " + path(formPage) + " " + page.statusCode()
                    + (page.statusCode() / 100 == 3 ? " to " + path(redirect(page)) : ""), k -> new AtomicLong())
                    .incrementAndGet();
            return null;
        }
        HttpResponse<String> response = call(() -> client.postWithToken(action, fields, token));
        signedOutIf(response, port, person);
        outcomes.computeIfAbsent(path(action) + " " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
        if (response.statusCode() == 200) {
            // the form again: refused, with the reason next to the field (or at the top of the form)
            refusals(response.body()).forEach(reason -> outcomes.computeIfAbsent("refused: " + path(action) + " " + reason,
                    k -> new AtomicLong()).incrementAndGet());
        }
        return response;
    }

    /** The reasons a form came back with: its fields' error messages, or its form-level errors; "(no message)" if none. */
    static List<String> refusals(String html) {
        List<String> reasons = FIELD_ERROR.matcher(html).results()
                .flatMap(m -> java.util.Arrays.stream(m.group(1).split("<br\\s*/?>")))
                .map(reason -> unescape(reason.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip())
                .filter(reason -> !reason.isEmpty()).distinct().collect(Collectors.toList());
        if (reasons.isEmpty()) {
            Matcher global = FORM_ERRORS.matcher(html);
            reasons.add(global.find() ? unescape(global.group(1).replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip()
                    : "(no message)");
        }
        return reasons;
    }

    private static String unescape(String text) {
        return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** A path with its ids as {id}, to count answers by kind. */
    private static String path(String path) {
        return path == null ? "" : path.replaceAll("[0-9a-f-]{8,}|\\d+", "{id}");
    }

    private static String csrfToken(String html) {
        try {
            return WebClient.csrfToken(html);
        } catch (AssertionError none) {
            return null;
        }
    }

    private HttpResponse<String> call(java.util.function.Supplier<HttpResponse<String>> request) {
        requests.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = request.get();
        } catch (IllegalStateException | AssertionError e) {
            // connection refused or reset (a killed node), or no form on a page that failed
            outcomes.computeIfAbsent("no answer or no form: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            throw new NodeDown(e.getClass().getSimpleName());
        }
        if (response.statusCode() == 503) {
            unavailable.incrementAndGet();
        }
        return response;
    }

    /** A restarted node knows no session: sign in again next time. */
    private void signedOutIf(HttpResponse<String> response, int port, String person) {
        String location = redirect(response);
        if (location != null && location.startsWith("/login")) {
            sessions.remove(port + "/" + person);
        }
    }

    private WebClient client(int port, String person) {
        String key = port + "/" + person;
        WebClient existing = sessions.get(key);
        if (existing != null) {
            return existing;
        }
        WebClient web = new WebClient(port);
        HttpResponse<String> signIn = call(() -> web.signIn(person, PASSWORD));
        String location = redirect(signIn);
        if (location == null || location.startsWith("/login")) {
            throw new NodeDown("sign-in of " + person + " answered " + signIn.statusCode() + " " + location);
        }
        sessions.put(key, web);
        return web;
    }

    private long personId(String username) {
        return db.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
    }

    private static String redirect(HttpResponse<String> response) {
        return response.statusCode() / 100 != 3 ? null
                : response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    private static List<String> checked(String page, String name) {
        return INPUT.matcher(page).results().map(MatchResult::group)
                .filter(tag -> tag.contains("name=\"" + name + "\"") && tag.contains("checked"))
                .map(HiringLoad::value).filter(v -> v != null).collect(Collectors.toList());
    }

    private static List<String> values(String page, String name) {
        return INPUT.matcher(page).results().map(MatchResult::group)
                .filter(tag -> tag.contains("name=\"" + name + "\""))
                .map(HiringLoad::value).filter(v -> v != null).collect(Collectors.toList());
    }

    private static String value(String tag) {
        Matcher value = VALUE.matcher(tag);
        return value.find() ? value.group(1) : null;
    }

    /** A request that did not get an answer: the node is down or going down. */
    static final class NodeDown extends RuntimeException {
        NodeDown(String message) {
            super(message, null, false, false);
        }
    }

    // --- afterwards: what must hold

    static final String ONE_PROCESS = "invariant 1 (one hiring process per running application, none after its outcome): ";
    static final String FEEDBACK_ONCE = "invariant 2 (each acknowledged feedback stored once): ";
    static final String TASKS = "invariant 3 (no task twice or orphaned): ";
    static final String SEATS = "invariant 4 (seats taken = roster <= capacity): ";
    static final String MAIL_ONCE = "invariant 5 (each sent mail received once): ";
    static final String NO_INCIDENT = "invariant 6 (no incident): ";

    /**
     * Every broken invariant, as a sentence (empty: all hold). {@code mailKeys}: the {@code X-Onramp-Message-Key} of
     * every message the mail server received, one entry per delivery.
     */
    List<String> violations(List<String> mailKeys) {
        List<String> broken = new ArrayList<>();
        // 1. every application: exactly one running hiring process, or a recorded outcome and none
        for (Map<String, Object> row : db.sql("SELECT id, status FROM application").query().listOfRows()) {
            long id = ((Number) row.get("id")).longValue();
            long running = db.sql("""
                    SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                     WHERE e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ = ? AND d.KEY_ = ?
                    """).params(HiringProcess.businessKey(id), HiringProcess.KEY).query(Long.class).single();
            boolean active = Application.Status.ACTIVE.name().equals(row.get("status"));
            if (active ? running != 1 : running != 0) {
                broken.add(ONE_PROCESS + "application " + id + " is " + row.get("status") + " with " + running
                        + " running hiring processes");
            }
        }
        // 2. each feedback whose submit was answered with a redirect: exactly one, submitted
        for (Submitted s : submitted) {
            long rows = db.sql("""
                    SELECT COUNT(*) FROM feedback f JOIN interview i ON i.id = f.interview_id JOIN person p ON p.id = f.interviewer_id
                     WHERE i.stage_process_instance_id = ? AND p.username = ? AND f.status = 'SUBMITTED'
                    """).params(s.stageProcessInstance(), s.interviewer()).query(Long.class).single();
            if (rows != 1) {
                broken.add(FEEDBACK_ONCE + "feedback of " + s.interviewer() + " in stage " + s.stageProcessInstance()
                        + " stored " + rows + " times");
            }
        }
        // 3. no task twice, none without its process, none left in the process of an ended application
        db.sql("""
                SELECT PROC_INST_ID_, TASK_DEF_KEY_, COALESCE(ASSIGNEE_, '-'), COUNT(*) FROM ACT_RU_TASK
                 GROUP BY PROC_INST_ID_, TASK_DEF_KEY_, COALESCE(ASSIGNEE_, '-') HAVING COUNT(*) > 1
                """).query((rs, n) -> TASKS + "task " + rs.getString(2) + " open " + rs.getLong(4) + " times in " + rs.getString(1))
                .list().forEach(broken::add);
        db.sql("""
                SELECT t.ID_ FROM ACT_RU_TASK t LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.EXECUTION_ID_ WHERE e.ID_ IS NULL
                """).query(String.class).list().forEach(t -> broken.add(TASKS + "task " + t + " has no execution"));
        db.sql("""
                SELECT t.ID_, a.id, a.status FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.EXECUTION_ID_
                  JOIN application a ON a.process_instance_id = e.ROOT_PROC_INST_ID_ WHERE a.status <> 'ACTIVE'
                """).query((rs, n) -> TASKS + "task " + rs.getString(1) + " left open in " + rs.getString(3) + " application "
                        + rs.getLong(2))
                .list().forEach(broken::add);
        // 4. seats: taken = roster ≤ capacity, for every cohort
        db.sql("""
                SELECT c.id, c.seats_taken, c.capacity, (SELECT COUNT(*) FROM cohort_seat s WHERE s.cohort_id = c.id) FROM cohort c
                """).query((rs, n) -> rs.getLong(2) != rs.getLong(4) || rs.getLong(2) > rs.getLong(3)
                        ? SEATS + "cohort " + rs.getLong(1) + ": " + rs.getLong(2) + " seats taken, " + rs.getLong(4)
                        + " on the roster, capacity " + rs.getLong(3) : null)
                .list().stream().filter(v -> v != null).forEach(broken::add);
        // 5. every message the outbox marked sent arrived exactly once; none arrived that it does not hold
        Map<String, Long> received = mailKeys.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        Map<String, String> outbox = new LinkedHashMap<>();
        db.sql("SELECT idempotency_key, status FROM mail_outbox").query((rs, n) -> outbox.put(rs.getString(1), rs.getString(2))).list();
        outbox.forEach((key, status) -> {
            long count = received.getOrDefault(key, 0L);
            if ("SENT".equals(status) ? count != 1 : count > 1) {
                broken.add(MAIL_ONCE + "mail " + key + " (" + status + ") received " + count + " times");
            }
        });
        received.keySet().stream().filter(k -> !outbox.containsKey(k)).forEach(k -> broken.add(MAIL_ONCE + "mail " + k
                + " received but not in the outbox"));
        return Collections.unmodifiableList(broken);
    }

    /** Open incidents, each as its activity, process instance and message (the suites require none, or each explained). */
    List<String> incidents() {
        return db.sql("SELECT ACTIVITY_ID_, PROC_INST_ID_, INCIDENT_MSG_ FROM ACT_RU_INCIDENT")
                .query((rs, n) -> NO_INCIDENT + rs.getString(1) + " in process instance " + rs.getString(2) + ": "
                        + rs.getString(3)).list();
    }

    /** Work the nodes still owe: due jobs, unsent mail. Zero when everything the load started has settled. */
    long backlog() {
        return dueJobs().size() + dueMail().size();
    }

    /**
     * What the nodes still owe, as a sentence with the ids (empty when settled): what a suite's "settles" wait says
     * when it gives up.
     */
    String unsettled() {
        List<String> jobs = dueJobs();
        List<Long> mail = dueMail();
        return jobs.isEmpty() && mail.isEmpty() ? ""
                : "due jobs (activity/job id) " + jobs + ", unsent mail (outbox ids) " + mail;
    }

    private List<String> dueJobs() {
        return db.sql("""
                SELECT COALESCE(d.ACT_ID_, j.HANDLER_TYPE_) || '/' || j.ID_ FROM ACT_RU_JOB j
                  LEFT JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
                 WHERE j.RETRIES_ > 0 AND (j.DUEDATE_ IS NULL OR j.DUEDATE_ <= CURRENT_TIMESTAMP) AND j.SUSPENSION_STATE_ = 1
                """).query(String.class).list();
    }

    private List<Long> dueMail() {
        return db.sql("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP")
                .query(Long.class).list();
    }

    /** Counts for the figures in docs/reliability.md. */
    Map<String, Long> tally() {
        Map<String, Long> tally = new LinkedHashMap<>();
        tally.put("applications", db.sql("SELECT COUNT(*) FROM application").query(Long.class).single());
        tally.put("hired", db.sql("SELECT COUNT(*) FROM application WHERE status = 'HIRED'").query(Long.class).single());
        tally.put("feedback", db.sql("SELECT COUNT(*) FROM feedback WHERE status = 'SUBMITTED'").query(Long.class).single());
        tally.put("interviews", db.sql("SELECT COUNT(*) FROM interview").query(Long.class).single());
        tally.put("seats", db.sql("SELECT COUNT(*) FROM cohort_seat").query(Long.class).single());
        tally.put("mailSent", db.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'").query(Long.class).single());
        tally.put("requests", requests.get());
        tally.put("redirects", redirects.get());
        tally.put("failedRequests", failedRequests.get());
        tally.put("unavailable503", unavailable.get());
        outcomes.forEach((k, v) -> tally.put("answered: " + k, v.get()));
        return tally;
    }
}
