package org.precis.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one user name from one
 * address within {@link #WINDOW}, or {@link #MAX_FAILURES_PER_ADDRESS} from one address for any
 * names, further attempts are refused until the oldest failure leaves the window. A successful
 * login clears the name's count.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    public Optional<Duration> wait(String userName, String address) {
        Instant now = clock.instant();
        Optional<Duration> byName = waitFor(nameKey(userName, address), MAX_FAILURES, now);
        Optional<Duration> byAddress = waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (byName.isPresent() && byAddress.isPresent()) {
            return Optional.of(byName.get().compareTo(byAddress.get()) > 0 ? byName.get() : byAddress.get());
        }
        return byName.isPresent() ? byName : byAddress;
    }

    public void failed(String userName, String address) {
        Instant now = clock.instant();
        record(nameKey(userName, address), now);
        record(addressKey(address), now);
    }

    public void succeeded(String userName, String address) {
        failures.remove(nameKey(userName, address));
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String nameKey(String userName, String address) {
        return "name:" + userName.toLowerCase(java.util.Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
