package org.precis.report.casereport;

import java.time.Instant;
import java.util.Objects;

/**
 * A pathologist's signature on one version of the report.
 *
 * @param pathologist the signer's user name
 * @param signedAt when
 * @param version the report version signed (from 1)
 * @param meaning signed (first sign-off) or amended
 */
public record Signature(String pathologist, Instant signedAt, int version, SignatureMeaning meaning) {
    public Signature {
        Text.require("signing pathologist", pathologist);
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(meaning, "meaning");
        if (version < 1) {
            throw new IllegalArgumentException("signed version must be 1 or more, not " + version);
        }
    }
}
