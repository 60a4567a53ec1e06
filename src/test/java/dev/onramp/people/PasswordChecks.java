package dev.onramp.people;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Counts the password checks the application's {@link PasswordEncoder} makes (each one a BCrypt computation), so a
 * test can compare the work a sign-in does for an unknown name, a disabled account and a wrong password without
 * timing anything. A test bean on the scanned classpath, in every whole-app context; it only counts.
 */
@Component
public class PasswordChecks implements BeanPostProcessor {

    private final AtomicInteger matches = new AtomicInteger();

    /** Password checks (BCrypt {@code matches}) so far. */
    public int count() {
        return matches.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof PasswordEncoder encoder)) {
            return bean;
        }
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                matches.incrementAndGet();
                return encoder.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return encoder.upgradeEncoding(encodedPassword);
            }
        };
    }
}
