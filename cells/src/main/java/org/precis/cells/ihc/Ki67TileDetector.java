package org.precis.cells.ihc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.slide.RgbImage;

/**
 * The Ki67 scorer's detection on one tile of a tiled run, with the run's choices fixed: the
 * haematoxylin–DAB densities under the run's white and stain vectors, the nuclear-stain image
 * capped at the run's density, nuclei found on it by the calibrated detector, and each nucleus
 * measured on the tile's own haematoxylin and DAB (its mean DAB is what the run's threshold will
 * class it by). Every step is per pixel or per nucleus, so a tile sees what the whole region would.
 */
final class Ki67TileDetector implements NucleusDetector {

    private final StainEstimate estimate;
    private final double cap;
    private final NucleusDetector nuclear;

    Ki67TileDetector(StainEstimate estimate, double cap, NucleusDetector nuclear) {
        this.estimate = estimate;
        this.cap = cap;
        this.nuclear = nuclear;
    }

    StainEstimate estimate() {
        return estimate;
    }

    @Override
    public List<Nucleus> detect(RgbImage image, double mpp) {
        HdabDensities densities = HdabDensities.of(image, estimate);
        List<Nucleus> found = nuclear.detect(densities.nuclearStainImage(cap), mpp);
        List<Nucleus> measured = new ArrayList<>(found.size());
        for (Nucleus nucleus : found) {
            measured.add(Ki67Cells.measured(nucleus, densities.measure(nucleus.outline())));
        }
        return measured;
    }

    @Override
    public String name() {
        return nuclear.name();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>(nuclear.parameters());
        parameters.put("ki67_stains", Ki67Report.stainsUsed(estimate));
        parameters.put("ki67_nuclear_cap_od", cap);
        return parameters;
    }

    @Override
    public double maxNucleusRadiusUm() {
        return nuclear.maxNucleusRadiusUm();
    }
}
