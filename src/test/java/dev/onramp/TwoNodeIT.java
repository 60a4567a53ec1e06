package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.onramp.system.OnrampJar;
import dev.onramp.system.PostgresResolver;
import dev.onramp.system.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes (two JVMs of the packaged jar, job executors on both, on two free ports) on one
 * PostgreSQL, the way {@code docker/compose.yaml} runs them: short timers fire once each whichever node takes them,
 * the {@link HiringLoad} mix sent to both nodes leaves every mail sent once and no cohort oversold (capacity cut to
 * {@value #SEATS} so that hires on both nodes compete for seats), and when one node is killed mid-load the other
 * finishes the work. Sessions are sticky: a session belongs to the node that made it, and on the other node the
 * person is sent to sign in again (no error), which is what the load balancer in front must allow for.
 */
class TwoNodeIT {

    private static final int PORT_A = Reliability.freePort();
    private static final int PORT_B = Reliability.freePort();
    private static final int SMTP = Reliability.freePort();
    private static final int SEATS = 2;
    private static final int TIMERS = 20;
    private static final String TIMER_PROCESS = "TwoNodeTimer";
    private static final String TIMER = "Event_ShortTimer";

    @RegisterExtension
    static GreenMailExtension smtp = Reliability.smtp(SMTP);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldShareTheWorkOfTwoNodesExactlyOnceAndFinishItWhenOneDies() throws Exception {
        Instant began = Instant.now();
        try (PostgresResolver.Database database = PostgresResolver.resolve();
             OnrampJar.Node a = OnrampJar.node("node-a", PORT_A, database.jdbcUrl(), SMTP, settings("node-a"));
             OnrampJar.Node b = OnrampJar.node("node-b", PORT_B, database.jdbcUrl(), SMTP, settings("node-b"))) {
            JdbcClient db = JdbcClient.create(Reliability.pooled(database.jdbcUrl()));
            a.start(); // migrates and seeds
            b.start();
            db.sql("UPDATE cohort SET capacity = ?").param(SEATS).update();

            // sticky sessions: node A's session means nothing to node B, which sends the person to sign in
            WebClient ritaOnA = new WebClient(PORT_A);
            assertThat(ritaOnA.follow(ritaOnA.signIn("rita", "demo")).statusCode()).isEqualTo(200);
            String cookie = sessionCookie(ritaOnA);
            HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT_B + "/tasks"))
                    .header("Cookie", cookie).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(onB.statusCode()).isEqualTo(302);
            assertThat(onB.headers().firstValue("Location").orElseThrow()).contains("/login");
            assertThat(ritaOnA.get("/tasks").statusCode()).as("still signed in on A").isEqualTo(200);

            // short timers, started on both nodes, each fired once
            deployTimerProcess(PORT_A);
            for (int i = 0; i < TIMERS; i++) {
                startTimerProcess(i % 2 == 0 ? PORT_A : PORT_B);
            }

            HiringLoad load = new HiringLoad(db, 2L, List.<IntSupplier>of(() -> PORT_A, () -> b.isAlive() ? PORT_B : PORT_A));
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService drivers = Executors.newFixedThreadPool(2);
            for (int i = 0; i < 2; i++) {
                drivers.submit(() -> load.runUntil(stop::get));
            }
            Reliability.pause(Duration.ofSeconds(45));
            b.kill();
            Instant killed = Instant.now();
            Reliability.pause(Duration.ofSeconds(30));
            stop.set(true);
            drivers.shutdown();
            assertThat(drivers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            await("node A finishes the work").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(load::unsettled, org.hamcrest.Matchers.emptyString());

            List<Map<String, Object>> timerRuns = db.sql("""
                    SELECT PROCESS_INSTANCE_ID_ AS instance, COUNT(*) AS runs FROM ACT_HI_JOB_LOG
                     WHERE ACT_ID_ = ? AND JOB_STATE_ = 2 GROUP BY PROCESS_INSTANCE_ID_
                    """).param(TIMER).query().listOfRows();
            Map<String, Long> jobsByNode = new LinkedHashMap<>();
            db.sql("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_")
                    .query((rs, n) -> jobsByNode.put(rs.getString(1), rs.getLong(2))).list();
            long tasksAfterTimer = db.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_AfterTimer'")
                    .query(Long.class).single();
            List<String> violations = load.violations(Reliability.deliveredKeys(smtp));
            List<String> incidents = load.incidents();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("timers fired (instances)", timerRuns.size());
            figures.put("timer runs per instance", timerRuns.stream().map(r -> ((Number) r.get("runs")).longValue()).distinct().toList());
            figures.put("jobs done by node", jobsByNode);
            figures.put("node B killed after (s)", Duration.between(began, killed).toSeconds());
            figures.putAll(load.tally());
            figures.put("seats per cohort (capacity " + SEATS + ")", db.sql("SELECT seats_taken FROM cohort ORDER BY starts_on")
                    .query(Long.class).list());
            figures.put("load errors", load.errors);
            figures.put("violations", violations);
            figures.put("incidents", incidents);
            figures.put("seconds", Duration.between(began, Instant.now()).toSeconds());
            Reliability.report("two-nodes", figures);

            assertThat(timerRuns).hasSize(TIMERS).allSatisfy(r -> assertThat(((Number) r.get("runs")).longValue()).isOne());
            assertThat(tasksAfterTimer).isEqualTo(TIMERS);
            assertThat(jobsByNode).containsKeys("node-a", "node-b");
            assertThat(violations).as("invariants 1-5 (target/reliability-two-nodes.txt)").isEmpty();
            assertThat(incidents).as("invariant 6").isEmpty();
            a.stop();
        }
    }

    private static Map<String, String> settings(String hostname) {
        Map<String, String> settings = new LinkedHashMap<>(Reliability.QUICK_RECOVERY);
        // the engine writes this name into the job log: which node ran which job
        settings.put("camunda.bpm.generic-properties.properties.hostname", hostname);
        return settings;
    }

    private static String sessionCookie(WebClient web) {
        // the client's cookie jar holds the session of the node it signed in to
        return web.cookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    /** A model of the test's own: a 2-second timer, then a user task; deployed by an admin through the engine API. */
    private void deployTimerProcess(int port) throws IOException, InterruptedException {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_TwoNodeTimer"
                    targetNamespace="http://onramp.dev/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Started"/>
                    <bpmn:sequenceFlow id="Flow_ToTimer" sourceRef="StartEvent_Started" targetRef="%s"/>
                    <bpmn:intermediateCatchEvent id="%s">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="%s" targetRef="Task_AfterTimer"/>
                    <bpmn:userTask id="Task_AfterTimer"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(TIMER_PROCESS, TIMER, TIMER, TIMER);
        String boundary = "onramp-two-nodes";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ntwo-node-timer\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"timer.bpmn\"; filename=\"timer.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(admin(port, "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void startTimerProcess(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(admin(port, "/engine-rest/process-definition/key/" + TIMER_PROCESS + "/start")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static HttpRequest.Builder admin(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
    }
}
