package org.precis.cells.ihc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an image is scored.
 *
 * @param stainSource the image's own white and stains, or the standard ones
 * @param rule how the DAB thresholds are set
 * @param hotspotDiameterUm diameter of the hot-spot circle
 * @param nuclearCapPercentile the nuclear-stain image given to the detector is capped at this
 *     percentile of the haematoxylin of stained pixels (see {@link HdabDensities#nuclearStainImage})
 */
public record Ki67Settings(
        StainSource stainSource, PositivityRule rule, double hotspotDiameterUm, double nuclearCapPercentile) {

    /** Least haematoxylin plus DAB (OD) of a pixel counted as stained when the cap is found. */
    public static final double STAINED_DENSITY = 0.05;

    public Ki67Settings {
        if (stainSource == null || rule == null) {
            throw new IllegalArgumentException("stain source and positivity rule are required");
        }
        if (!(hotspotDiameterUm > 0) || Double.isInfinite(hotspotDiameterUm)) {
            throw new IllegalArgumentException("hot-spot diameter must be positive: " + hotspotDiameterUm + " µm");
        }
        if (!(nuclearCapPercentile > 50 && nuclearCapPercentile <= 100)) {
            throw new IllegalArgumentException("nuclear cap percentile must be in (50, 100]: " + nuclearCapPercentile);
        }
    }

    /**
     * Per-image stains, the relative rule, a 500 µm hot spot (about 0.2 mm², one high-power
     * field), and the nuclear-stain image capped at the 95th percentile of haematoxylin: about
     * the density of a dark blue nucleus, so that brown nuclei (far darker) do not lift the
     * detector's Otsu threshold above pale blue ones (at the 99th percentile 7% fewer nuclei were
     * found on the OS-2 crop, pale blue ones, and the index rose from 22.0 to 25.5%).
     */
    public static Ki67Settings defaults() {
        return new Ki67Settings(StainSource.PER_IMAGE, RelativeDabThreshold.DEFAULT, 500, 95);
    }

    /** QuPath's positive cell detection with its defaults: standard stains, DAB mean above 0.2. */
    public static Ki67Settings qupathLike() {
        return new Ki67Settings(StainSource.STANDARD, FixedDabThreshold.QUPATH_DEFAULT, 500, 95);
    }

    public Ki67Settings withHotspotDiameterUm(double diameterUm) {
        return new Ki67Settings(stainSource, rule, diameterUm, nuclearCapPercentile);
    }

    /** Names to values, for provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("stain_source", stainSource.name().toLowerCase(java.util.Locale.ROOT));
        map.put("positivity_rule", rule.describe());
        map.put("hotspot_diameter_um", hotspotDiameterUm);
        map.put("nuclear_cap_percentile", nuclearCapPercentile);
        return map;
    }
}
