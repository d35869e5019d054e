package org.precis.learn.heatmap;

import java.util.List;

/**
 * A slide's tile predictions and how many planned tiles could not be read (a corrupt tile is
 * skipped and counted, not fatal to the slide).
 */
public record SlidePredictions(List<String> classNames, List<TilePrediction> tiles, int skippedTiles) {

    public SlidePredictions {
        classNames = List.copyOf(classNames);
        tiles = List.copyOf(tiles);
        if (skippedTiles < 0) {
            throw new IllegalArgumentException("skipped tiles must be >= 0, got " + skippedTiles);
        }
    }

    /** The fraction of predicted tiles whose most probable class is each class, in class order. */
    public double[] classFractions() {
        double[] fractions = new double[classNames.size()];
        for (TilePrediction tile : tiles) {
            fractions[tile.predictedClass()] += 1.0 / tiles.size();
        }
        return fractions;
    }
}
