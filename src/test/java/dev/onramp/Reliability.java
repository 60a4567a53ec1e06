package dev.onramp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;

/** What the reliability suites share besides the jar ({@link dev.onramp.system.OnrampJar}) and the load ({@link HiringLoad}). */
final class Reliability {

    /**
     * The nodes' test settings: a dead node's mail claims and job locks expire in seconds, not minutes; a small
     * connection pool that holds few idle connections (the shared test server allows 100 in all, for everyone).
     */
    static final Map<String, String> QUICK_RECOVERY = Map.of(
            "onramp.mail.claim", "PT10S",
            "camunda.bpm.job-execution.lock-time-in-millis", "15000",
            "spring.datasource.hikari.maximum-pool-size", "12",
            "spring.datasource.hikari.minimum-idle", "2");

    /** The test's own reads of the database: a pool of a few connections, not one connection per query. */
    static javax.sql.DataSource pooled(String jdbcUrl) {
        var pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(5000);
        return pool;
    }

    private Reliability() {
    }

    /**
     * A port nobody listens on now (the system picks it), for a node, a mail server or a database of one test: two
     * builds on one machine must not collide on fixed ports.
     */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's load averages (1, 5, 15 min) as {@code uptime} prints them, or the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(java.util.Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static GreenMailExtension smtp(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * The outbox key of every message the server received, once per delivery: GreenMail keeps one copy per recipient,
     * so a delivery is one Message-ID (a resend would carry a new one).
     */
    static List<String> deliveredKeys(GreenMailExtension smtp) {
        Set<String> seen = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                String[] key = message.getHeader("X-Onramp-Message-Key");
                if (key != null && seen.add(message.getMessageID())) {
                    keys.add(key[0]);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** Waits (no sleeping in a loop) for {@code duration}. */
    static void pause(Duration duration) {
        Awaitility.await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
    }

    /**
     * The figures of a run, for docs/reliability.md, with the time and the machine's load average: printed and written
     * to target/reliability-&lt;suite&gt;.txt.
     */
    static void report(String suite, Map<String, ?> figures) {
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("finished (UTC)", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        lines.put("load average at the end (1, 5, 15 min)", loadAverage());
        lines.putAll(figures);
        StringBuilder text = new StringBuilder(suite).append('\n');
        lines.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.print(text);
        try {
            Files.writeString(Path.of("target", "reliability-" + suite + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
