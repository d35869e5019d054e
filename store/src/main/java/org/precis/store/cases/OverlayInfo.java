package org.precis.store.cases;

/** What an overlay is, without its bytes: enough for the viewer's toggle. */
public record OverlayInfo(String kind, String label, String mediaType, String view) {}
