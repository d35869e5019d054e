package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a case's report. A draft has no signature and no snapshot; signing freezes the
 * snapshot (case, clinical data, slides, analyses, reviews, annotations) with its SHA-256, after
 * which the version never changes. Versions after the first carry the amendment's reason.
 */
public record ReportVersion(
        String caseId,
        int version,
        ReportStatus status,
        Optional<String> reason,
        Instant opened,
        Optional<String> openedBy,
        Optional<Instant> signed,
        Optional<String> signedBy,
        Optional<JsonNode> snapshot,
        Optional<String> snapshotSha256) {
    public ReportVersion {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(snapshotSha256, "snapshotSha256");
        snapshot = snapshot.map(JsonNode::deepCopy);
    }

    @Override
    public Optional<JsonNode> snapshot() {
        return snapshot.map(JsonNode::deepCopy);
    }
}
