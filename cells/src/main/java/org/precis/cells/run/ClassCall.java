package org.precis.cells.run;

import java.util.OptionalDouble;
import org.precis.cells.output.Classification;

/**
 * The class a {@link NucleusCaller} called for one nucleus, and its probability of that class when
 * the caller is a probability model (a rule, such as a Ki67 DAB threshold, has none).
 *
 * @param classification the class called, as written to {@code classification.name}
 * @param probability the caller's probability of that class, in [0, 1]; empty for a rule's call
 */
public record ClassCall(Classification classification, OptionalDouble probability) {

    /** A probability model's call. */
    public ClassCall(Classification classification, double probability) {
        this(classification, OptionalDouble.of(probability));
    }

    /** A rule's call, without a probability. */
    public static ClassCall byRule(Classification classification) {
        return new ClassCall(classification, OptionalDouble.empty());
    }

    public ClassCall {
        if (classification == null) {
            throw new IllegalArgumentException("a call needs a class");
        }
        if (probability == null) {
            throw new IllegalArgumentException("probability must be given (empty for a rule's call)");
        }
        if (probability.isPresent() && !(probability.getAsDouble() >= 0 && probability.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("class probability must be in [0, 1]: " + probability);
        }
    }
}
