package org.precis.learn.heatmap;

import java.util.Objects;
import org.precis.embed.pipeline.SlideTile;

/** One tissue tile and the model's class probabilities for it, in the model's class order. */
public record TilePrediction(SlideTile tile, double[] probabilities) {

    public TilePrediction {
        Objects.requireNonNull(tile, "tile");
        probabilities = probabilities.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The index of the most probable class (the first on ties). */
    public int predictedClass() {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return best;
    }
}
