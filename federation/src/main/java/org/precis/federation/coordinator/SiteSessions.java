package org.precis.federation.coordinator;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The sites connected now, by certificate identity; a site that connects again replaces its old stream. */
final class SiteSessions {
    private final Map<String, SiteSession> bySite = new HashMap<>();
    private final Set<String> everConnected = new TreeSet<>();
    private final Clock clock;
    private final Consumer<String> onLost;
    private final long startedMillis;

    SiteSessions(Clock clock, Consumer<String> onLost) {
        this.clock = clock;
        this.onLost = onLost;
        this.startedMillis = clock.millis();
    }

    void register(SiteSession session) {
        SiteSession old;
        synchronized (this) {
            old = bySite.put(session.site(), session);
            everConnected.add(session.site());
            notifyAll();
        }
        if (old != null) {
            old.close();
            onLost.accept(session.site());
        }
    }

    /** The stream ended; the site is gone unless it has already connected again. */
    void remove(SiteSession session) {
        session.markClosed();
        boolean removed;
        synchronized (this) {
            removed = bySite.remove(session.site(), session);
        }
        if (removed) {
            onLost.accept(session.site());
        }
    }

    synchronized Optional<SiteSession> get(String site) {
        SiteSession session = bySite.get(site);
        return session != null && session.isOpen() ? Optional.of(session) : Optional.empty();
    }

    /**
     * The sites that have never connected since the coordinator started, once it has been up for a
     * whole connect wait (every running site has connected by then): a study naming one fails at
     * once rather than after the wait. Empty while the coordinator is younger than the wait.
     */
    synchronized Set<String> neverConnected(Collection<String> sites, Duration wait) {
        if (clock.millis() - startedMillis < wait.toMillis()) {
            return Set.of();
        }
        Set<String> unknown = new TreeSet<>(sites);
        unknown.removeAll(everConnected);
        return unknown;
    }

    synchronized Set<String> connectedSites() {
        return new TreeSet<>(everConnected);
    }

    /** Waits until all the sites are connected or the wait is over; returns those connected. */
    synchronized Set<String> awaitConnected(Set<String> sites, Duration wait) throws InterruptedException {
        long deadline = clock.millis() + wait.toMillis();
        while (true) {
            Set<String> connected = new TreeSet<>();
            for (String site : sites) {
                if (bySite.containsKey(site) && bySite.get(site).isOpen()) {
                    connected.add(site);
                }
            }
            long left = deadline - clock.millis();
            if (connected.size() == sites.size() || left <= 0) {
                return connected;
            }
            wait(Math.min(left, 200));
        }
    }

    synchronized void closeAll() {
        bySite.values().forEach(SiteSession::close);
        bySite.clear();
    }
}
