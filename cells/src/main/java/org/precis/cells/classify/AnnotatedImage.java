package org.precis.cells.classify;

import java.nio.file.Path;
import java.util.List;

/**
 * One development image and its point annotations: the nuclei by class, and the centres of the
 * annotated gland structures (tubules and lumen-like spaces that are not tubules).
 *
 * @param name the image's name without extension (BreCaHAD's {@code Case_12-01})
 * @param caseId the patient the image belongs to
 */
public record AnnotatedImage(
        String name,
        String caseId,
        Path image,
        String imageSha256,
        String annotationsSha256,
        List<AnnotatedCell> cells,
        List<double[]> tubules,
        List<double[]> nonTubules) {

    public AnnotatedImage {
        cells = List.copyOf(cells);
        tubules = List.copyOf(tubules);
        nonTubules = List.copyOf(nonTubules);
    }
}
