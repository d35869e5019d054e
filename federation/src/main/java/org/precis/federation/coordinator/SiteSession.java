package org.precis.federation.coordinator;

import io.grpc.stub.StreamObserver;
import org.precis.federation.proto.CoordinatorMessage;

/** One connected site's stream: the coordinator's only way to reach it (sites dial out). */
final class SiteSession {
    private final String site;
    private final StreamObserver<CoordinatorMessage> toSite;
    private boolean open = true;

    SiteSession(String site, StreamObserver<CoordinatorMessage> toSite) {
        this.site = site;
        this.toSite = toSite;
    }

    String site() {
        return site;
    }

    /** Sends a message; false when the stream is already gone (the site counts as dropped). */
    synchronized boolean send(CoordinatorMessage message) {
        if (!open) {
            return false;
        }
        try {
            toSite.onNext(message);
            return true;
        } catch (RuntimeException e) {
            open = false;
            return false;
        }
    }

    /** Ends the stream from this side, e.g. when the same site connected again. */
    synchronized void close() {
        if (open) {
            open = false;
            try {
                toSite.onCompleted();
            } catch (RuntimeException e) {
                // already cancelled by the peer: nothing left to close
            }
        }
    }

    synchronized boolean isOpen() {
        return open;
    }

    synchronized void markClosed() {
        open = false;
    }
}
