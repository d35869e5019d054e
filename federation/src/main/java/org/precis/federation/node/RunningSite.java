package org.precis.federation.node;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.precis.federation.audit.AuditException;
import org.precis.federation.audit.AuditLog;

/** A started site node with what it owns: its worker thread, its audit log and its byte counts. */
public final class RunningSite implements AutoCloseable {
    private final String site;
    private final SiteNode node;
    private final AuditLog audit;
    private final ScheduledExecutorService worker;
    private final WireMeter meter;

    RunningSite(String site, SiteNode node, AuditLog audit, ScheduledExecutorService worker, WireMeter meter) {
        this.site = site;
        this.node = node;
        this.audit = audit;
        this.worker = worker;
        this.meter = meter;
    }

    /** The site's identity (its certificate's CN). */
    public String site() {
        return site;
    }

    public SiteNode node() {
        return node;
    }

    public WireMeter meter() {
        return meter;
    }

    @Override
    public void close() throws AuditException {
        node.close();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        audit.close();
    }
}
