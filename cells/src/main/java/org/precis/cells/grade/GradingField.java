package org.precis.cells.grade;

import java.util.List;
import java.util.Optional;

/**
 * One field of the tumour to grade (an image, or a region of a slide): its size in µm, its
 * classified nuclei, and its gland lumina when they were looked for (empty when they were not,
 * which leaves tubule formation unestimated).
 */
public record GradingField(
        String name, double widthUm, double heightUm, List<GradedNucleus> nuclei, Optional<List<Lumen>> lumens) {

    public GradingField {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a grading field needs a name");
        }
        if (!(widthUm > 0) || !(heightUm > 0) || Double.isInfinite(widthUm) || Double.isInfinite(heightUm)) {
            throw new IllegalArgumentException(
                    name + ": field size must be positive: " + widthUm + " x " + heightUm + " µm");
        }
        nuclei = List.copyOf(nuclei);
        lumens = lumens.map(List::copyOf);
    }
}
