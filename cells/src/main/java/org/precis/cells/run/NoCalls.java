package org.precis.cells.run;

import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;

/** The absent classification stage: calls nothing and needs no pixels. */
enum NoCalls implements NucleusCaller {
    INSTANCE;

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public boolean callsOnTiles() {
        return false;
    }

    @Override
    public double reachUm(double mpp) {
        return 0;
    }

    @Override
    public List<ClassCall> call(RgbImage tile, double mpp, List<double[]> centroids) {
        throw new IllegalStateException("no classification stage");
    }
}
