package org.precis.report.casereport;

/** Where a case report stands: being reviewed, signed, or changed after signing. */
public enum ReportStatus {
    /** Not signed yet; findings may still be unreviewed. */
    DRAFT,
    /** Signed by a pathologist and immutable. */
    SIGNED,
    /** Changed after signing, with its own version and reason. */
    AMENDED
}
