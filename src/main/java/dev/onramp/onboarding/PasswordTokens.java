package dev.onramp.onboarding;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links to set a first password: 32 random bytes, URL-safe, valid for {@link #VALIDITY}. */
@Repository
class PasswordTokens {

    static final Duration VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String create(long personId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO password_token (token, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(token, personId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        return token;
    }

    Optional<PasswordToken> find(String token) {
        return jdbc.sql("SELECT token, person_id, expires_at, used_at FROM password_token WHERE token = ?")
                .param(token)
                .query((rs, n) -> new PasswordToken(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** Marks the token used; false when it was used (or expired) in the meantime. */
    boolean use(String token) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE password_token SET used_at = ? WHERE token = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), token, Timestamp.from(now)).update() == 1;
    }

    record PasswordToken(String token, long personId, Instant expiresAt, Instant usedAt) {

        boolean usableAt(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }
}
