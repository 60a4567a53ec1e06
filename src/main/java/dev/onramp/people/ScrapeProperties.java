package dev.onramp.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onramp.metrics.*}: the one HTTP Basic account, besides admins, that may read {@code /actuator/prometheus} (a
 * Prometheus server's scrape job). {@code scrapePassword} is stored encoded with its encoder's id, as Spring Security
 * writes it: {@code {bcrypt}$2a$10$…} (make one with {@code htpasswd -bnBC 10 "" secret}). No user set (the default):
 * only admins read the metrics. The demo profile sets one; production configuration sets its own.
 */
@ConfigurationProperties("onramp.metrics")
record ScrapeProperties(String scrapeUsername, String scrapePassword) {

    boolean configured() {
        return scrapeUsername != null && !scrapeUsername.isBlank() && scrapePassword != null && !scrapePassword.isBlank();
    }
}
