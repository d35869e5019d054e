package org.precis.casework.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.store.cases.Cases;
import org.precis.store.cases.ReportStatus;
import org.precis.store.cases.ReportVersion;

/**
 * A case's newest signed report version, as its snapshot froze it: the slides and annotations the
 * pathologist signed, who signed and the snapshot's SHA-256. Annotations drawn or deleted since
 * (while an amendment is open) are not in it, so labels come only from what was signed.
 *
 * @param reviewer the pathologist who signed this version
 */
record SignedCase(
        String caseId,
        int reportVersion,
        String reviewer,
        String snapshotSha256,
        List<SignedSlide> slides,
        List<SignedAnnotation> annotations) {

    SignedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(snapshotSha256, "snapshotSha256");
        slides = List.copyOf(slides);
        annotations = List.copyOf(annotations);
    }

    /** The newest signed version of a case; empty for a case never signed (its only version a draft). */
    static Optional<SignedCase> newest(Cases cases, String caseId) {
        List<ReportVersion> versions = cases.reportVersions(caseId);
        for (int i = versions.size() - 1; i >= 0; i--) {
            ReportVersion version = versions.get(i);
            if (version.status() != ReportStatus.DRAFT) {
                return Optional.of(of(version));
            }
        }
        return Optional.empty();
    }

    /** The slide of this id, as signed. */
    Optional<SignedSlide> slide(String slideId) {
        return slides.stream().filter(slide -> slide.slideId().equals(slideId)).findFirst();
    }

    private static SignedCase of(ReportVersion version) {
        String where = "case " + version.caseId() + " report version " + version.version();
        JsonNode snapshot = version.snapshot()
                .orElseThrow(() -> new IllegalStateException(where + " is signed but has no snapshot"));
        List<SignedSlide> slides = new ArrayList<>();
        for (JsonNode slide : snapshot.path("slides")) {
            slides.add(new SignedSlide(
                    slide.path("slide_id").asText(),
                    slide.path("path").asText(),
                    slide.path("sha256").asText()));
        }
        List<SignedAnnotation> annotations = new ArrayList<>();
        for (JsonNode annotation : snapshot.path("annotations")) {
            JsonNode feature = annotation.path("feature");
            JsonNode name = feature.at("/properties/classification/name");
            annotations.add(new SignedAnnotation(
                    annotation.path("id").asLong(),
                    annotation.path("slide_id").asText(),
                    name.isTextual() ? Optional.of(name.asText()) : Optional.empty(),
                    feature.path("geometry")));
        }
        return new SignedCase(
                version.caseId(),
                version.version(),
                version.signedBy().orElseThrow(() -> new IllegalStateException(where + " names no signer")),
                version.snapshotSha256().orElseThrow(() -> new IllegalStateException(where + " has no SHA-256")),
                slides,
                annotations);
    }
}
