package dev.onramp.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to set a first password: 32 random bytes, URL-safe, valid for {@link #VALIDITY}. Only the link
 * carries the token; the table keeps its SHA-256 ({@link #hash(String)}), so whoever reads the table cannot use a
 * link.
 */
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

    /** A new link's token; the table keeps its hash. */
    String create(long personId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO password_token (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), personId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
                .update();
        return token;
    }

    Optional<PasswordToken> find(String token) {
        return jdbc.sql("SELECT person_id, expires_at, used_at FROM password_token WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, n) -> new PasswordToken(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Marks the token used; false when it was used (or expired) in the meantime. */
    boolean use(String token) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE password_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), hash(token), Timestamp.from(now)).update() == 1;
    }

    /** SHA-256 of the token, as 64 lower-case hex digits (a raw token has 43 URL-safe characters). */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    record PasswordToken(long personId, Instant expiresAt, Instant usedAt) {

        boolean usableAt(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }
}
