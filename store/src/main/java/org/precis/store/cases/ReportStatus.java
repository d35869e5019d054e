package org.precis.store.cases;

import java.util.Locale;

/** A report version: an open {@link #DRAFT}, or frozen as {@link #SIGNED} (version 1) or {@link #AMENDED} (later ones). */
public enum ReportStatus {
    DRAFT,
    SIGNED,
    AMENDED;

    /** The label used in JSON, e.g. {@code signed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
