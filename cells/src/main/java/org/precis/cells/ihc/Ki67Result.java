package org.precis.cells.ihc;

import java.util.List;
import java.util.Optional;

/**
 * What scoring one image found.
 *
 * @param width scored image width, pixels
 * @param height scored image height, pixels
 * @param mpp its pixel size, µm
 * @param stainEstimate the white and stain vectors the densities were measured with
 * @param thresholds the DAB thresholds used
 * @param cells every nucleus with its stain and class
 * @param hotspot the hot spot, empty when the image is smaller than the hot-spot circle
 * @param warnings what the reader of the numbers must know (no DAB signal, standard stains used)
 */
public record Ki67Result(
        int width,
        int height,
        double mpp,
        StainEstimate stainEstimate,
        DabThresholds thresholds,
        List<ScoredCell> cells,
        Optional<Hotspot> hotspot,
        List<String> warnings) {

    public Ki67Result {
        cells = List.copyOf(cells);
        warnings = List.copyOf(warnings);
    }

    public int positive() {
        return (int) cells.stream().filter(ScoredCell::positive).count();
    }

    /** 100 positive / cells; 0 when no nucleus was found (a warning says so). */
    public double positivePercent() {
        return cells.isEmpty() ? 0 : 100.0 * positive() / cells.size();
    }

    /** Nuclei in one intensity bin. */
    public int count(IntensityBin bin) {
        return (int) cells.stream().filter(c -> c.bin() == bin).count();
    }

    /** 1 × %1+ + 2 × %2+ + 3 × %3+, from 0 to 300. */
    public double hScore() {
        if (cells.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (ScoredCell cell : cells) {
            sum += cell.bin().weight();
        }
        return 100.0 * sum / cells.size();
    }
}
