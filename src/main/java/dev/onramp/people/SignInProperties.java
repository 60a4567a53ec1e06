package dev.onramp.people;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onramp.sign-in.*}: how many failed sign-ins an account name (known or not) and a client address may make
 * before they must wait. Each limit is a number of failures per period; a failure used up comes back after
 * period ÷ failures (5 per 5 minutes: one more try each minute), so a second, longer limit makes the pauses grow.
 * Correct passwords never count; a success clears the account's failures (not the address's). {@code tracked}
 * bounds the memory: at most that many names and addresses are remembered (the least recently failed go first).
 */
@ConfigurationProperties("onramp.sign-in")
record SignInProperties(@DefaultValue({"5/PT5M", "20/PT1H"}) List<Limit> account,
                               @DefaultValue({"20/PT5M", "100/PT1H"}) List<Limit> address,
                               @DefaultValue("10000") int tracked) {

    SignInProperties {
        if (account.isEmpty() || address.isEmpty() || tracked < 1) {
            throw new IllegalArgumentException("onramp.sign-in needs at least one account and one address limit");
        }
        account = List.copyOf(account);
        address = List.copyOf(address);
    }

    /** {@code failures} per {@code period}, written {@code 5/PT5M} in the configuration. */
    public record Limit(int failures, Duration period) {

        public Limit {
            if (failures < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a sign-in limit needs failures ≥ 1 and a positive period");
            }
        }

        /** Converted from {@code "5/PT5M"} by Spring Boot's binder (a static factory from a String). */
        public static Limit valueOf(String text) {
            String[] parts = text.strip().split("/", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a sign-in limit reads failures/period, e.g. 5/PT5M: " + text);
            }
            return new Limit(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
        }
    }
}
