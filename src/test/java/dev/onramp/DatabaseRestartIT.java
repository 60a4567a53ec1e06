package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.onramp.system.OnrampJar;
import dev.onramp.system.WebClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged jar under the {@link HiringLoad} mix on a PostgreSQL server of the test's own (embedded, on a free
 * port chosen once and a fixed data directory under target/), which the test stops (fast shutdown: every connection cut) and starts again on the same
 * data. While it is away every page answers the friendly 503 page (no stack trace); once it is back the app
 * reconnects by itself (Hikari), the load goes on, and nothing is half-written (the invariants of
 * {@link HiringLoad#violations}).
 */
class DatabaseRestartIT {

    private static final int PORT = Reliability.freePort();
    private static final int SMTP = Reliability.freePort();
    /** Chosen once: the server comes back on the same port, where the node's pool looks for it. */
    private static final int POSTGRES = Reliability.freePort();
    private static final Path DATA = Path.of("target", "reliability-pg-restart");
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    @RegisterExtension
    static GreenMailExtension smtp = Reliability.smtp(SMTP);

    @Test
    void shouldAnswerAFriendly503WhileTheDatabaseRestartsAndCarryOnWithNothingHalfWritten() throws Exception {
        Instant began = Instant.now();
        deleteTree(DATA);
        EmbeddedPostgres postgres = start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE onramp");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + POSTGRES + "/onramp?user=postgres";
        JdbcClient db = JdbcClient.create(Reliability.pooled(url));
        try (OnrampJar.Node node = OnrampJar.node("db-restart", PORT, url, SMTP, Reliability.QUICK_RECOVERY)) {
            node.start();
            HiringLoad load = new HiringLoad(db, 91L, List.of(node::port));
            WebClient rita = new WebClient(PORT);
            assertThat(rita.follow(rita.signIn("rita", "demo")).statusCode()).isEqualTo(200);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService drivers = Executors.newFixedThreadPool(2);
            for (int i = 0; i < 2; i++) {
                drivers.submit(() -> load.runUntil(stop::get));
            }
            Reliability.pause(Duration.ofSeconds(15));

            postgres.close();
            Instant down = Instant.now();
            List<Integer> statuses = new ArrayList<>();
            await("the outage").atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                HttpResponse<String> page = rita.get("/tasks");
                statuses.add(page.statusCode());
                assertThat(page.statusCode()).as("pages while the database is away").isIn(503);
                assertThat(page.body()).contains("Onramp is briefly unavailable").doesNotContain("Exception")
                        .doesNotContain("at org.").doesNotContain("at dev.onramp");
                assertThat(page.headers().firstValue("Retry-After")).isPresent();
                return Duration.between(down, Instant.now()).compareTo(OUTAGE) > 0;
            });

            postgres = start();
            Instant up = Instant.now();
            await("the app reconnects by itself").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> rita.get("/tasks").statusCode() == 200);
            Duration reconnect = Duration.between(up, Instant.now());
            Reliability.pause(Duration.ofSeconds(15));
            stop.set(true);
            drivers.shutdown();
            assertThat(drivers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            await("the node settles").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(load::unsettled, org.hamcrest.Matchers.emptyString());

            List<String> violations = load.violations(Reliability.deliveredKeys(smtp));
            List<String> incidents = load.incidents();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("outage (s)", OUTAGE.toSeconds());
            figures.put("pages during the outage (status: count)", statuses.stream()
                    .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
            figures.put("back to 200 after the database was up (s)", reconnect.toMillis() / 1000.0);
            figures.putAll(load.tally());
            figures.put("load errors", load.errors);
            figures.put("violations", violations);
            figures.put("incidents", incidents);
            figures.put("seconds", Duration.between(began, Instant.now()).toSeconds());
            Reliability.report("database-restart", figures);

            assertThat(violations).as("invariants 1-5 (target/reliability-database-restart.txt)").isEmpty();
            assertThat(incidents).as("invariant 6").isEmpty();
            node.stop();
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPort(POSTGRES).setDataDirectory(DATA.toFile()).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }
}
