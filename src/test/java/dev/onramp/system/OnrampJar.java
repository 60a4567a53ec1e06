package dev.onramp.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged jar ({@code target/onramp-*.jar}, built by {@code package} before failsafe runs) as a separate JVM on
 * PostgreSQL, for the reliability suites ({@code CrashCyclesReliabilityIT}, {@code TwoNodeIT},
 * {@code DatabaseRestartIT}). The demo profile seeds the organisation on the first start (one transaction: a kill
 * mid-seed leaves nothing). Start-up is what these suites spend their time on, so the jar is extracted once
 * ({@code -Djarmode=tools extract}) and a class-data-sharing archive is trained once per build (a start that stops
 * after the context refresh): later starts read the classes from it, about twice as fast; the JIT stops at C1 and
 * Camunda's webapps stay off. {@link Node#kill()} is SIGKILL ({@link Process#destroyForcibly()} on Linux).
 */
public final class OnrampJar {

    private static final Logger log = LoggerFactory.getLogger(OnrampJar.class);
    private static final Path TARGET = Path.of("target");
    private static final Path EXTRACTED = TARGET.resolve("reliability-jar");
    private static final Path ARCHIVE = EXTRACTED.resolve("onramp.jsa");

    private OnrampJar() {
    }

    /** A node to be: its port, its database, the mail server it sends to, and any further properties. */
    public static Node node(String name, int port, String jdbcUrl, int smtpPort, Map<String, String> properties) {
        return new Node(name, port, jdbcUrl, smtpPort, properties);
    }

    private static Path prepared;

    /**
     * The extracted jar with its trained archive, made once per build (trained on this database), and looked at once
     * per test JVM: a build running beside the suite must not pull it away from a running node.
     */
    static synchronized Path prepared(String jdbcUrl) {
        if (prepared == null) {
            prepared = prepare(jdbcUrl);
        }
        return prepared;
    }

    private static Path prepare(String jdbcUrl) {
        Path jar = packagedJar();
        Path extractedJar = EXTRACTED.resolve(jar.getFileName());
        try {
            // package writes the jar anew on every build: what it holds is known by its size and its newest class
            String stamp = Files.size(jar) + "/" + newestClass();
            Path stampFile = EXTRACTED.resolve("jar.stamp");
            if (!Files.exists(extractedJar) || !Files.exists(stampFile) || !Files.readString(stampFile).equals(stamp)) {
                deleteTree(EXTRACTED);
                run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", EXTRACTED.toString()),
                        TARGET.resolve("reliability-extract.log"), Duration.ofMinutes(2));
                Files.writeString(stampFile, stamp);
            }
            if (!Files.exists(ARCHIVE)) {
                Instant start = Instant.now();
                List<String> command = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + ARCHIVE,
                        "-Dspring.context.exit=onRefresh", "-XX:TieredStopAtLevel=1", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-jar", extractedJar.toString()));
                command.addAll(arguments(0, jdbcUrl, 0, Map.of()));
                run(command, TARGET.resolve("reliability-cds-training.log"), Duration.ofMinutes(5));
                log.info("Class-data archive trained in {} s", Duration.between(start, Instant.now()).toSeconds());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extractedJar;
    }

    private static long newestClass() throws IOException {
        try (Stream<Path> files = Files.walk(TARGET.resolve("classes"))) {
            return files.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }

    private static Path packagedJar() {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("onramp-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/onramp-*.jar: run ./mvnw package (verify does) first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> arguments(int port, String jdbcUrl, int smtpPort, Map<String, String> properties) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres,demo",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.org.camunda=WARN",
                "--onramp.mail.poll-interval=PT1S"));
        if (smtpPort > 0) {
            args.add("--spring.mail.host=127.0.0.1");
            args.add("--spring.mail.port=" + smtpPort);
        }
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    private static void run(List<String> command, Path logFile, Duration limit) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command + ", see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** One Onramp JVM: started, awaited, killed or stopped; its output in {@code target/reliability-<name>.log}. */
    public static final class Node implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        private final String name;
        private final int port;
        private final String jdbcUrl;
        private final int smtpPort;
        private final Map<String, String> properties;
        private Process process;
        private int starts;
        private Duration lastStartUp = Duration.ZERO;
        private Duration totalStartUp = Duration.ZERO;

        private Node(String name, int port, String jdbcUrl, int smtpPort, Map<String, String> properties) {
            this.name = name;
            this.port = port;
            this.jdbcUrl = jdbcUrl;
            this.smtpPort = smtpPort;
            this.properties = Map.copyOf(properties);
        }

        public int port() {
            return port;
        }

        public String name() {
            return name;
        }

        /** Starts the JVM and waits until its readiness probe answers 200 (models deployed, demo data loaded). */
        public Node start() {
            return start(Duration.ofMinutes(3));
        }

        public Node start(Duration patience) {
            if (isAlive()) {
                throw new IllegalStateException(name + " is already running");
            }
            Path jar = prepared(jdbcUrl);
            List<String> command = new ArrayList<>(List.of(java(), "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                    "-Donramp.node=" + name, "-jar", jar.toString()));
            command.addAll(arguments(port, jdbcUrl, smtpPort, properties));
            Instant begin = Instant.now();
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(TARGET.resolve("reliability-" + name + ".log").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            awaitReady(patience);
            lastStartUp = Duration.between(begin, Instant.now());
            totalStartUp = totalStartUp.plus(lastStartUp);
            starts++;
            return this;
        }

        private void awaitReady(Duration patience) {
            HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            Awaitility.await(name + " ready (see target/reliability-" + name + ".log)").atMost(patience)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                    .failFast(name + " exited during start-up", () -> !process.isAlive())
                    .until(() -> HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }

        /** SIGKILL: no shutdown hook, no graceful anything; waits until the process is gone. */
        public void kill() {
            if (process != null) {
                process.destroyForcibly();
                waitGone();
            }
        }

        /** SIGTERM: Spring's graceful shutdown. */
        public void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                waitGone();
            }
        }

        public boolean isAlive() {
            return process != null && process.isAlive();
        }

        public int starts() {
            return starts;
        }

        public Duration lastStartUp() {
            return lastStartUp;
        }

        public Duration totalStartUp() {
            return totalStartUp;
        }

        private void waitGone() {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            kill();
        }
    }

}
