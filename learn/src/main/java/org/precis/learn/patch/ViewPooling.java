package org.precis.learn.patch;

/**
 * How a classifier combines the views of a patch (its flips and rotations): by averaging the
 * views' feature vectors before the head, or by training on every view's vector and averaging
 * the head's class probabilities over the views (test-time augmentation).
 */
public enum ViewPooling {
    /** The head takes the mean of the views' vectors (one training row per patch). */
    FEATURE_MEAN("feature_mean"),
    /** The head takes each view's vector (one training row per view) and its probabilities are averaged. */
    PROBABILITY_MEAN("probability_mean");

    private final String jsonName;

    ViewPooling(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in model files. */
    public String jsonName() {
        return jsonName;
    }

    /** The pooling named {@code name} in a model file. */
    public static ViewPooling fromJsonName(String name) {
        for (ViewPooling pooling : values()) {
            if (pooling.jsonName.equals(name)) {
                return pooling;
            }
        }
        throw new IllegalArgumentException("unknown view pooling '" + name + "' (feature_mean or probability_mean)");
    }
}
