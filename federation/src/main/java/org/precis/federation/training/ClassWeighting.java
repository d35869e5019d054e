package org.precis.federation.training;

import java.util.Locale;

/** How each class's patches are weighted in the training loss, from the pooled class counts. */
public enum ClassWeighting {
    /** Every patch weighs 1. */
    NONE,
    /** Class k's patches weigh {@code n / (K n_k)}, as scikit-learn's {@code class_weight="balanced"}. */
    BALANCED;

    /** The weights of the classes with these pooled training counts (a class with no patch weighs 0). */
    public double[] weights(double[] counts) {
        double[] weights = new double[counts.length];
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        for (int k = 0; k < counts.length; k++) {
            weights[k] = this == NONE ? 1 : counts[k] > 0 ? n / (counts.length * counts[k]) : 0;
        }
        return weights;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClassWeighting fromJsonName(String name) {
        for (ClassWeighting weighting : values()) {
            if (weighting.jsonName().equals(name)) {
                return weighting;
            }
        }
        throw new IllegalArgumentException("class_weights must be balanced or none, got '" + name + "'");
    }
}
