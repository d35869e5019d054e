package org.precis.cells.output;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.cells.nuclei.Nucleus;

/**
 * A nucleus as written out: where it is (level-0 pixels), what was measured, and what it was called
 * when a classifier or a scoring rule has called it.
 *
 * @param nucleus the nucleus, in level-0 pixels of the slide
 * @param classification its class, empty for a detection that has not been classified
 * @param probability the classifier's probability of that class, when it gives one (in [0, 1])
 */
public record Cell(Nucleus nucleus, Optional<Classification> classification, OptionalDouble probability) {

    public Cell {
        Objects.requireNonNull(nucleus, "nucleus");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(probability, "probability");
        if (probability.isPresent()) {
            double p = probability.getAsDouble();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("class probability must be in [0, 1]: " + p);
            }
            if (classification.isEmpty()) {
                throw new IllegalArgumentException("a class probability needs a class");
            }
        }
    }

    /** A detection with no class. */
    public static Cell unclassified(Nucleus nucleus) {
        return new Cell(nucleus, Optional.empty(), OptionalDouble.empty());
    }

    /** A cell called {@code classification}, with no probability. */
    public static Cell classified(Nucleus nucleus, Classification classification) {
        return new Cell(nucleus, Optional.of(classification), OptionalDouble.empty());
    }
}
