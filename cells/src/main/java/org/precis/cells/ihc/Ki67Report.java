package org.precis.cells.ihc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.imaging.stain.StainVector;

/**
 * The Ki67 result as it is printed and written: the counts and indices first, then how they were
 * found (region, stains, thresholds, warnings) and the provenance. Field names become snake_case.
 *
 * @param cells nuclei scored
 * @param positive positive nuclei (1+ and above)
 * @param positivePercent the Ki67 index, %
 * @param hScore 1 × %1+ + 2 × %2+ + 3 × %3+
 * @param intensityCounts nuclei by class: Negative, 1+, 2+, 3+
 * @param hotspot the hot spot, null when the image is smaller than its circle
 * @param region the scored region in level-0 pixels: x, y, width, height
 * @param mpp µm per pixel scored at
 * @param stains white and stain vectors used
 * @param thresholds DAB thresholds used, decimal OD
 * @param warnings what a reader of the numbers must know
 * @param provenance the slide, software and settings
 */
public record Ki67Report(
        int cells,
        int positive,
        double positivePercent,
        double hScore,
        Map<String, Integer> intensityCounts,
        Hotspot hotspot,
        long[] region,
        double mpp,
        StainsUsed stains,
        DabThresholds thresholds,
        List<String> warnings,
        SlideProvenance provenance) {

    /**
     * @param source estimated from the image or standard
     * @param white the white intensities (red, green, blue)
     * @param haematoxylin haematoxylin OD direction (red, green, blue)
     * @param dab DAB OD direction (red, green, blue)
     */
    public record StainsUsed(String source, double[] white, double[] haematoxylin, double[] dab) {}

    /**
     * @param regionX left edge of the scored image in level-0 pixels (its pixels are level-0 pixels)
     * @param regionY top edge
     */
    public static Ki67Report of(Ki67Result result, long regionX, long regionY, SlideProvenance provenance) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IntensityBin bin : IntensityBin.values()) {
            counts.put(bin.displayName(), result.count(bin));
        }
        StainsUsed stains = stainsUsed(result.stainEstimate());
        Hotspot hotspot = result.hotspot()
                .map(h -> new Hotspot(
                        h.centreX() + regionX,
                        h.centreY() + regionY,
                        h.diameterUm(),
                        h.areaMm2(),
                        h.cells(),
                        h.positive(),
                        h.positivePercent()))
                .orElse(null);
        return new Ki67Report(
                result.cells().size(),
                result.positive(),
                result.positivePercent(),
                result.hScore(),
                counts,
                hotspot,
                new long[] {regionX, regionY, result.width(), result.height()},
                result.mpp(),
                stains,
                result.thresholds(),
                result.warnings(),
                provenance);
    }

    /** The white and stain vectors of an estimate, as the report names them. */
    public static StainsUsed stainsUsed(StainEstimate estimate) {
        return new StainsUsed(
                estimate.stains().origin().name().toLowerCase(java.util.Locale.ROOT),
                new double[] {
                    estimate.white().red(),
                    estimate.white().green(),
                    estimate.white().blue()
                },
                components(estimate.stains().haematoxylin()),
                components(estimate.stains().dab()));
    }

    private static double[] components(StainVector vector) {
        return new double[] {vector.red(), vector.green(), vector.blue()};
    }
}
