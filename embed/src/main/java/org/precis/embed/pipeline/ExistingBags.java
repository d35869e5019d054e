package org.precis.embed.pipeline;

/** What to do with a slide whose bag already exists. */
public enum ExistingBags {
    /** Keep a bag that is complete and has the provenance the run would give it; redo any other. */
    KEEP_MATCHING,
    /** Embed the slide again and replace the bag (for benchmarks). */
    REPLACE
}
