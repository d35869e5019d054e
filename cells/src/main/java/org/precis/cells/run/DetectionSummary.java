package org.precis.cells.run;

import java.nio.file.Path;
import org.precis.cells.output.CellsProvenance;

/**
 * What a detection run found and wrote.
 *
 * @param output the file written
 * @param nuclei nuclei written
 * @param callsBetweenNuclei detections written after the nuclei for calls made between two of them
 *     (mitoses called between the two chromatin masses of a figure), not counted as nuclei
 * @param regionAreaMm2 area of the region searched
 * @param nucleiPerMm2 nuclei per mm² of the region
 * @param regionChoice how the region was chosen ({@code given}, {@code tissue bounding box}, {@code whole image})
 * @param tiles tiles in the run
 * @param tilesResumed tiles taken from a checkpoint of an earlier, interrupted run
 * @param oversized objects dropped for reaching further than the detector's largest nucleus radius
 * @param detectSeconds time spent detecting
 * @param seconds time of the whole run, the output included
 * @param provenance what the output says made it
 */
public record DetectionSummary(
        Path output,
        long nuclei,
        long callsBetweenNuclei,
        double regionAreaMm2,
        double nucleiPerMm2,
        String regionChoice,
        int tiles,
        int tilesResumed,
        long oversized,
        double detectSeconds,
        double seconds,
        CellsProvenance provenance) {}
