package org.precis.cells.ihc;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.cells.output.Cell;

/**
 * Scored nuclei as the module's cells, for its GeoJSON, CSV and HDF5 writers: placed in level-0
 * pixels, classed Positive/Negative or Negative/1+/2+/3+ in QuPath's colours, and with the stain
 * measurements of the IHC image (the detector saw only the nuclear-stain image): haematoxylin and
 * DAB from the image's own deconvolution, in decimal OD (the measurements' unit, as QuPath),
 * eosin not a number (there is none). Shape and texture are the detector's.
 */
public final class Ki67Cells {

    private Ki67Cells() {}

    public static List<Cell> of(List<ScoredCell> scored, CellLabels labels, long offsetX, long offsetY) {
        List<Cell> cells = new ArrayList<>(scored.size());
        for (ScoredCell cell : scored) {
            Nucleus nucleus = measured(cell.nucleus(), cell.stain());
            Nucleus placed = new Nucleus(
                    nucleus.outline().translated(offsetX, offsetY),
                    nucleus.centroidX() + offsetX,
                    nucleus.centroidY() + offsetY,
                    nucleus.measurements());
            cells.add(Cell.classified(placed, labels.classification(cell.bin())));
        }
        return cells;
    }

    /** The detector's nucleus with the IHC image's stain measurements in place of its own. */
    static Nucleus measured(Nucleus nucleus, NuclearStain stain) {
        NucleusMeasurements m = nucleus.measurements();
        NucleusMeasurements ihc = new NucleusMeasurements(
                m.areaUm2(),
                m.perimeterUm(),
                m.circularity(),
                m.solidity(),
                m.majorAxisUm(),
                m.minorAxisUm(),
                stain.haematoxylinMean(),
                stain.haematoxylinMax(),
                stain.haematoxylinStd(),
                Double.NaN,
                stain.dabMean(),
                stain.dabMax(),
                m.textureContrast());
        return new Nucleus(nucleus.outline(), nucleus.centroidX(), nucleus.centroidY(), ihc);
    }
}
