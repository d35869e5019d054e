package org.precis.federation.node;

import org.precis.federation.proto.SiteMessage;

/** Told of every message a site sends, as it is sent: to count bytes on the wire, or to inspect them. */
@FunctionalInterface
public interface SentMessages {
    void sent(SiteMessage message);
}
