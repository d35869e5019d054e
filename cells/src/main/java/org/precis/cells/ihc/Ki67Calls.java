package org.precis.cells.ihc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.ClassCall;
import org.precis.cells.run.KeptNucleus;
import org.precis.cells.run.MergedCalls;
import org.precis.cells.run.NucleusCaller;
import org.precis.cells.run.PointPixels;
import org.precis.slide.RgbImage;

/**
 * Classes a tiled Ki67 run's nuclei once every tile is done: the positivity rule's thresholds are
 * set from the mean DAB of all the run's nuclei (never a tile's), each nucleus is binned by them,
 * and the hot spot is searched over the whole region. One per run: it keeps what it counted for
 * the report.
 */
final class Ki67Calls implements NucleusCaller {

    /**
     * What the run's nuclei came to.
     *
     * @param thresholds the DAB thresholds set from all of them
     * @param counts nuclei by intensity bin
     * @param hotspot the hot spot, centre in level-0 pixels; empty when the region is narrower than its circle
     * @param nuclei every nucleus's centroid and bin
     */
    record Tally(
            DabThresholds thresholds, Map<IntensityBin, Integer> counts, Optional<Hotspot> hotspot, Ki67Nuclei nuclei) {

        long cells() {
            return counts.values().stream().mapToLong(Integer::longValue).sum();
        }

        long positive() {
            return counts.entrySet().stream()
                    .filter(e -> e.getKey().positive())
                    .mapToLong(e -> e.getValue())
                    .sum();
        }
    }

    private final Ki67Settings settings;
    private final CellLabels labels;
    private Tally tally;

    Ki67Calls(Ki67Settings settings, CellLabels labels) {
        this.settings = settings;
        this.labels = labels;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caller", "ki67");
        parameters.put("classes", labels.name().toLowerCase(java.util.Locale.ROOT));
        parameters.putAll(settings.asMap());
        return parameters;
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
        throw new IllegalStateException("Ki67 classes are called once the whole run's nuclei are known");
    }

    @Override
    public MergedCalls callMerged(List<KeptNucleus> nuclei, PointPixels pixels) {
        double[] dab = new double[nuclei.size()];
        for (int i = 0; i < dab.length; i++) {
            dab[i] = nuclei.get(i).dabMean();
        }
        DabThresholds thresholds = settings.rule().thresholds(dab);
        Map<IntensityBin, ClassCall> calls = new LinkedHashMap<>();
        Map<IntensityBin, Integer> counts = new LinkedHashMap<>();
        for (IntensityBin bin : IntensityBin.values()) {
            calls.put(bin, ClassCall.byRule(labels.classification(bin)));
            counts.put(bin, 0);
        }
        PixelRegion region = pixels.region();
        double[] x = new double[dab.length];
        double[] y = new double[dab.length];
        boolean[] positive = new boolean[dab.length];
        IntensityBin[] bins = new IntensityBin[dab.length];
        double[] levelZeroX = new double[dab.length];
        double[] levelZeroY = new double[dab.length];
        Map<Integer, ClassCall> changed = new HashMap<>();
        for (int i = 0; i < dab.length; i++) {
            IntensityBin bin = thresholds.bin(dab[i]);
            changed.put(i, calls.get(bin));
            counts.merge(bin, 1, Integer::sum);
            levelZeroX[i] = nuclei.get(i).x();
            levelZeroY[i] = nuclei.get(i).y();
            x[i] = levelZeroX[i] - region.x();
            y[i] = levelZeroY[i] - region.y();
            positive[i] = bin.positive();
            bins[i] = bin;
        }
        Optional<Hotspot> hotspot = new HotspotFinder(settings.hotspotDiameterUm())
                .find(x, y, positive, region.width(), region.height(), pixels.levelZeroMpp())
                .map(h -> new Hotspot(
                        h.centreX() + region.x(),
                        h.centreY() + region.y(),
                        h.diameterUm(),
                        h.areaMm2(),
                        h.cells(),
                        h.positive(),
                        h.positivePercent()));
        tally = new Tally(thresholds, counts, hotspot, new Ki67Nuclei(levelZeroX, levelZeroY, bins));
        return new MergedCalls(changed, List.of());
    }

    /** What the run's nuclei came to; only after the run's merged pass. */
    Tally tally() {
        if (tally == null) {
            throw new IllegalStateException("the run's nuclei have not been classed yet");
        }
        return tally;
    }
}
