package dev.onramp.people;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per account name and per client address (Bucket4j buckets of {@link SignInProperties}
 * limits): a name or an address whose failures are used up must wait until one comes back. Names are counted
 * whether or not such a person exists, so a pause says nothing about who has an account. An IPv6 client counts by
 * its /64 network (one host has all of it). Kept in this node's memory, on the application's clock.
 */
@Component
class SignInThrottle {

    private static final int MAX_NAME = 100;

    private final SignInProperties properties;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        int tracked = properties.tracked();
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > tracked;
            }
        };
    }

    /** Whether this name and this address may try a password now. */
    synchronized boolean allows(String username, String address) {
        return hasTries(accountKey(username)) && hasTries(addressKey(address));
    }

    /** A wrong password, an unknown name or an account that may not sign in: one failure for each. */
    synchronized void failed(String username, String address) {
        bucket(accountKey(username), properties.account()).tryConsume(1);
        bucket(addressKey(address), properties.address()).tryConsume(1);
    }

    /** The right password: the account's failures are forgotten; the address's stay. */
    synchronized void succeeded(String username) {
        buckets.remove(accountKey(username));
    }

    /** How many names and addresses are remembered now. */
    synchronized int tracked() {
        return buckets.size();
    }

    private boolean hasTries(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private Bucket bucket(String key, List<SignInProperties.Limit> limits) {
        return buckets.computeIfAbsent(key, k -> {
            var builder = Bucket.builder().withCustomTimePrecision(time);
            for (SignInProperties.Limit limit : limits) {
                builder.addLimit(Bandwidth.builder().capacity(limit.failures())
                        .refillGreedy(limit.failures(), limit.period()).build());
            }
            return builder.build();
        });
    }

    /** Case and surrounding space do not make another account; a very long name counts as its first 100 characters. */
    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    static String addressKey(String address) {
        return "address:" + network(address);
    }

    /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        if (!address.contains(":")) {
            return address;
        }
        try {
            // a literal address: no name lookup happens
            byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|]$", "").replaceAll("%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
