package org.precis.cells.classify;

import java.util.List;

/**
 * How the cell classifier is chosen and fitted: the L2 penalties the inner cross-validation
 * chooses among (by log loss), the number of image-grouped folds outside and inside, and the
 * number of mitosis calls per true mitosis the inner folds' threshold allows: on annotated cells
 * ({@code callsPerMitosis}), or over whole images when the threshold is chosen on detected nuclei
 * ({@code detectionCallsPerMitosis}).
 */
public record ClassifierSettings(
        List<Double> penalties,
        int outerFolds,
        int innerFolds,
        double callsPerMitosis,
        double detectionCallsPerMitosis) {

    public ClassifierSettings {
        penalties = List.copyOf(penalties);
        if (penalties.isEmpty() || penalties.stream().anyMatch(p -> !(p >= 0) || p.isInfinite())) {
            throw new IllegalArgumentException("need at least one finite penalty >= 0: " + penalties);
        }
        if (outerFolds < 2 || innerFolds < 2) {
            throw new IllegalArgumentException("need at least 2 folds outside and inside");
        }
        if (!(callsPerMitosis >= 1) || callsPerMitosis > 100) {
            throw new IllegalArgumentException("calls per mitosis must be 1..100: " + callsPerMitosis);
        }
        if (!(detectionCallsPerMitosis >= 1) || detectionCallsPerMitosis > 100) {
            throw new IllegalArgumentException("calls per mitosis must be 1..100: " + detectionCallsPerMitosis);
        }
    }

    /**
     * The shipped model's settings: λ in {1, 0.3, 0.1, 0.03, 0.01, 0.003}, 6 folds of two images outside, 3
     * inside; 2.5 calls per true mitosis on annotated cells, because on a whole image about as many
     * unannotated nuclei again can be called, which leaves the 5 calls per true mitosis of the
     * target; 4 calls per annotated mitosis over whole images of detected nuclei, a margin under
     * the target's 5.
     */
    public static ClassifierSettings standard() {
        return new ClassifierSettings(List.of(1.0, 0.3, 0.1, 0.03, 0.01, 0.003), 6, 3, 2.5, 4.0);
    }
}
