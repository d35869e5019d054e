package org.precis.casework.training;

import java.util.Objects;

/**
 * One exported patch and where its label came from, as {@code provenance.json} lists it.
 *
 * @param file the PNG, relative to the export folder ({@code CLASS/CASE_SLIDE_ANNOTATION_X_Y.png})
 * @param label the annotation's class
 * @param slideSha256 the SHA-256 of the slide file, as signed and as read
 * @param annotationId the annotation the patch lies in
 * @param reportVersion the signed report version whose snapshot holds the annotation
 * @param reviewer the pathologist who signed that version
 * @param snapshotSha256 the SHA-256 of that version's frozen snapshot
 * @param x left edge, level-0 pixels
 * @param y top edge, level-0 pixels
 * @param width level-0 pixels the patch covers across
 * @param height level-0 pixels the patch covers down
 * @param insideFraction the share of the patch's area inside the annotation
 */
public record ExportedPatch(
        String file,
        String label,
        String caseId,
        String slideId,
        String slideSha256,
        long annotationId,
        int reportVersion,
        String reviewer,
        String snapshotSha256,
        long x,
        long y,
        long width,
        long height,
        double insideFraction) {
    public ExportedPatch {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(slideSha256, "slideSha256");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(snapshotSha256, "snapshotSha256");
    }
}
