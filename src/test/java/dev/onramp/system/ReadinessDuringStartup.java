package dev.onramp.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Asks the readiness probe over HTTP while the application starts, after the models are deployed and the demo data
 * is loaded (it runs last among the start-up runners): the answer must still be "not ready", because the
 * application is ready only once every runner has finished. A test bean on the scanned classpath, in every
 * whole-app context; {@code ReadinessTest} reads what it heard.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ReadinessDuringStartup implements ApplicationRunner {

    private final ApplicationContext context;
    private volatile int statusDuringStartup = -1;

    ReadinessDuringStartup(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + web.getWebServer().getPort()
                + "/actuator/health/readiness")).GET().build();
        statusDuringStartup = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The readiness probe's HTTP status during start-up; -1 when not asked (no web server). */
    public int statusDuringStartup() {
        return statusDuringStartup;
    }
}
