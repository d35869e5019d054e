package org.precis.learn.heatmap;

import java.util.Objects;
import org.precis.embed.pipeline.SlideTile;
import org.precis.learn.metrics.ClassProbabilities;

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
        return ClassProbabilities.mostProbable(probabilities);
    }
}
