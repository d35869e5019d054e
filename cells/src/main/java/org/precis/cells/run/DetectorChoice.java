package org.precis.cells.run;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.nuclei.onnx.NucleusModelDescriptors;
import org.precis.cells.nuclei.onnx.OnnxNucleusDetector;
import org.precis.table.InputDataException;

/**
 * The nucleus detector a run uses, as the user names it: {@code classical} (colour deconvolution,
 * threshold and watershed, calibrated on the run's region), or the path of a learned model's JSON
 * descriptor (an ONNX nucleus network, which chooses nothing from the image). Close it to free a
 * learned model.
 */
public final class DetectorChoice implements AutoCloseable {

    /** The name of the classical detector. */
    public static final String CLASSICAL = "classical";

    private final DetectorCalibration calibration;
    private final Optional<OnnxNucleusDetector> learned;

    private DetectorChoice(DetectorCalibration calibration, Optional<OnnxNucleusDetector> learned) {
        this.calibration = calibration;
        this.learned = learned;
    }

    /**
     * Opens {@code choice}.
     *
     * @param choice {@code classical} or a descriptor file ({@code .json})
     * @param classical the classical detector's settings, when it is the one chosen
     * @param threads ONNX Runtime threads for a learned model
     * @throws IllegalArgumentException when the descriptor is missing or does not describe a usable model (one
     *     line naming the file)
     */
    public static DetectorChoice open(String choice, ClassicalDetectorSettings classical, int threads)
            throws IOException {
        if (CLASSICAL.equals(choice.toLowerCase(Locale.ROOT))) {
            ClassicalNucleusDetector detector = new ClassicalNucleusDetector(classical);
            return new DetectorChoice(detector::calibratedOn, Optional.empty());
        }
        Path descriptor = Path.of(choice);
        if (!Files.isRegularFile(descriptor)) {
            throw new InputDataException(
                    descriptor,
                    0,
                    "no such detector descriptor; give " + CLASSICAL
                            + " or the JSON descriptor of an ONNX nucleus model");
        }
        OnnxNucleusDetector detector = OnnxNucleusDetector.open(
                OrtEnvironment.getEnvironment(), new NucleusModelDescriptors().read(descriptor), threads);
        return new DetectorChoice(DetectorCalibration.fixed(detector), Optional.of(detector));
    }

    /** The detector for a run, calibrated on the run's region where it calibrates. */
    public DetectorCalibration calibration() {
        return calibration;
    }

    @Override
    public void close() {
        learned.ifPresent(OnnxNucleusDetector::close);
    }
}
