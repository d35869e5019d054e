package org.precis.store.models;

import java.util.Locale;

/** Where a model version stands: registered ({@code candidate}), in use ({@code production}) or replaced. */
public enum ModelStatus {
    CANDIDATE,
    PRODUCTION,
    RETIRED;

    /** The label used on the command line and in JSON, e.g. {@code production}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
