package org.precis.cells.classify;

import org.precis.cells.nuclei.CellClass;

/**
 * One nucleus's class probabilities (in {@link CellClass} order) and the class called by the
 * model's rule; research use only, not a diagnosis.
 */
public record CellPrediction(double x, double y, double[] probabilities, CellClass call) {

    public CellPrediction {
        if (probabilities.length != CellClass.values().length) {
            throw new IllegalArgumentException("need one probability per cell class");
        }
        probabilities = probabilities.clone();
    }

    public double probability(CellClass cellClass) {
        return probabilities[cellClass.ordinal()];
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }
}
