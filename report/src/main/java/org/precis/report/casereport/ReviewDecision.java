package org.precis.report.casereport;

/** The pathologist's decision on one AI finding. */
public enum ReviewDecision {
    /** The model's value is reported as it is. */
    ACCEPT,
    /** The pathologist's value replaces the model's (both are kept). */
    CHANGE,
    /** The finding is withdrawn: the model's value is kept but not reported as a result. */
    REJECT,
    /** Not reviewed yet; only in a draft. */
    UNREVIEWED
}
