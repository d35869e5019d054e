package org.precis.cells.run;

import org.precis.cells.output.Classification;

/**
 * The class a {@link NucleusCaller} called for one nucleus, and its probability of that class.
 *
 * @param classification the class called, as written to {@code classification.name}
 * @param probability the caller's probability of that class, in [0, 1]
 */
public record ClassCall(Classification classification, double probability) {

    public ClassCall {
        if (classification == null) {
            throw new IllegalArgumentException("a call needs a class");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("class probability must be in [0, 1]: " + probability);
        }
    }
}
