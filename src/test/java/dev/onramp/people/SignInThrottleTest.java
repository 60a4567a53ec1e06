package dev.onramp.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.SignInProperties.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's counting on a clock the test moves: growing pauses, names and addresses apart, bounded memory. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInProperties(
            List.of(Limit.valueOf("5/PT5M"), Limit.valueOf(" 20/PT1H")), List.of(Limit.valueOf("20/PT5M")), 100), clock);

    @Test
    void shouldPauseANameAfterFiveFailuresAndGiveOneTryBackEachMinute() {
        fail("ana", 5);
        assertThat(throttle.allows("ana", "10.0.0.99")).isFalse();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.allows("ana", "10.0.0.99")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.allows("ana", "10.0.0.99")).isTrue();
        fail("ana", 1);
        assertThat(throttle.allows("ana", "10.0.0.99")).isFalse();
    }

    @Test
    void shouldMakeThePausesLongerOnceTheHourlyLimitRunsOut() {
        int failures = 0;
        while (throttle.allows("ana", "10.0.0.99") && failures < 100) {
            fail("ana", 1);
            failures++;
            clock.advance(Duration.ofMinutes(1));
        }
        // one failure a minute is what the 5-minute limit allows for ever; the hourly one (20, one back every
        // 3 minutes) runs out: a minute after the last failure is no longer enough
        assertThat(failures).isBetween(21, 60);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.allows("ana", "10.0.0.99")).isTrue();
    }

    @Test
    void shouldCountANameWhateverItsCaseAndSurroundingSpaces() {
        fail(" Ana ", 3);
        fail("ANA", 2);
        assertThat(throttle.allows("ana", "10.0.0.99")).isFalse();
        assertThat(throttle.allows("bob", "10.0.0.99")).isTrue();
    }

    @Test
    void shouldForgetANamesFailuresOnSuccessButNotTheAddresss() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        throttle.succeeded("ana");
        assertThat(throttle.allows("ana", "10.0.0.2")).isTrue();
        throttle.failed("bob", "10.0.0.1");
        assertThat(throttle.allows("carol", "10.0.0.1")).isFalse();
    }

    @Test
    void shouldCountAnIpv6ClientByItsSlash64() {
        assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.network("2001:db8:1:2:bbbb::7"));
        assertThat(SignInThrottle.network("2001:db8:1:2::1")).isNotEqualTo(SignInThrottle.network("2001:db8:1:3::1"));
        assertThat(SignInThrottle.network("[2001:db8:1:2::1]")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(SignInThrottle.network("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void shouldRememberAtMostTheConfiguredNumberOfNamesAndAddresses() {
        for (int i = 0; i < 500; i++) {
            throttle.failed("name-" + i, "10.0.1." + (i % 200));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(100);
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, "10.0.0." + (i + 1) + username.length());
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
