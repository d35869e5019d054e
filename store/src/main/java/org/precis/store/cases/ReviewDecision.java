package org.precis.store.cases;

import java.util.Locale;

/**
 * A pathologist's decision on one AI finding: {@link #ACCEPT} keeps the model's value, {@link
 * #CHANGE} replaces it with another, {@link #REJECT} discards it (the final value is JSON null).
 */
public enum ReviewDecision {
    ACCEPT,
    CHANGE,
    REJECT;

    /** The label used in JSON, e.g. {@code accept}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decision labelled {@code label} (any case); IllegalArgumentException naming the choices otherwise. */
    public static ReviewDecision parse(String label) {
        if (label != null) {
            for (ReviewDecision decision : values()) {
                if (decision.label().equalsIgnoreCase(label.strip())) {
                    return decision;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown review decision '" + label + "': expected accept, change or reject");
    }
}
