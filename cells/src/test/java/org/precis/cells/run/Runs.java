package org.precis.cells.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.nuclei.classical.RunCalibration;
import org.precis.cells.output.Cell;
import org.precis.cells.output.Hdf5Cells;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.SlideException;

/** Running detections in tests: the classical detector calibrated per run, as the CLI wires it. */
final class Runs {

    private Runs() {}

    static DetectorCalibration classical() {
        return classical(ClassicalDetectorSettings.defaults());
    }

    static DetectorCalibration classical(ClassicalDetectorSettings settings) {
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(settings);
        return (windows, mpp) -> RunCalibration.fixedOn(detector, windows, mpp);
    }

    static CellDetection detection(DetectorCalibration calibration) {
        return new CellDetection(calibration, "precis test", System::nanoTime);
    }

    static DetectionRequest request(
            Path image, Optional<PixelRegion> region, OptionalDouble mpp, int tileSize, int threads, Path output) {
        return new DetectionRequest(image, region, mpp, tileSize, threads, output);
    }

    /** The nuclei of an HDF5 output, sorted by centroid (y, then x). */
    static List<Nucleus> sortedNuclei(Path h5) throws IOException {
        return new Hdf5Cells()
                .read(h5).cells().stream()
                        .map(Cell::nucleus)
                        .sorted(Comparator.comparingDouble(Nucleus::centroidY).thenComparingDouble(Nucleus::centroidX))
                        .toList();
    }

    static DetectionSummary run(DetectorCalibration calibration, DetectionRequest request)
            throws IOException, SlideException, DetectionInputException {
        return detection(calibration).detect(request, DetectionListener.none());
    }
}
