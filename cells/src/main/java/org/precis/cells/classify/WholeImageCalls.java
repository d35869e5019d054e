package org.precis.cells.classify;

import java.util.List;

/**
 * The classes of every detected nucleus of an image and the mitoses called between nuclei, after
 * the non-maximum suppression of mitosis calls ({@link MitosisSuppression}): a nucleus is called
 * Mitosis only when its call survives; the mitotic count of the image is the nuclei called Mitosis
 * plus {@code pairMitoses}. Research use only, not a diagnosis.
 */
public record WholeImageCalls(List<CellPrediction> nuclei, List<PairMitosis> pairMitoses) {

    public WholeImageCalls {
        nuclei = List.copyOf(nuclei);
        pairMitoses = List.copyOf(pairMitoses);
    }

    /** Every mitosis call: nuclei called Mitosis and pair mitoses. */
    public int mitosisCount() {
        return (int) nuclei.stream()
                        .filter(p -> p.call() == org.precis.cells.nuclei.CellClass.MITOSIS)
                        .count()
                + pairMitoses.size();
    }
}
