package org.precis.casework.training;

import java.util.List;
import java.util.Objects;

/**
 * The {@code provenance.json} of a training-patch export: the software, when, the export's
 * parameters and every patch with the case, slide, annotation, signed version and reviewer it came
 * from.
 *
 * @param format {@value #FORMAT}, so that a reader knows the layout
 * @param created when the export was made, ISO-8601
 * @param patches in the order of {@code labels.csv}
 */
public record TrainingPatchProvenance(
        String format, String software, String created, Parameters parameters, List<ExportedPatch> patches) {

    public static final String FORMAT = "precis-training-patches/1";

    /** The name of the file in the export folder. */
    public static final String FILE_NAME = "provenance.json";

    public TrainingPatchProvenance {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(parameters, "parameters");
        patches = List.copyOf(patches);
    }

    /**
     * How the patches were cut.
     *
     * @param patchPx patch side, pixels at {@code mpp}
     * @param grid where the patches lie: the tiles of one grid per slide from its top-left corner
     * @param skipped what was left out: annotations without area (points, lines)
     */
    public record Parameters(
            List<String> classes,
            double patchUm,
            double mpp,
            int patchPx,
            double minInsideFraction,
            String grid,
            String skipped) {
        public Parameters {
            classes = List.copyOf(classes);
        }
    }
}
