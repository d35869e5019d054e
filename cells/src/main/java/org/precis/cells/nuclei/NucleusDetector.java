package org.precis.cells.nuclei;

import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;

/**
 * Finds the nuclei in one image of known pixel size. Implementations are thread-safe and
 * deterministic: the same pixels give the same nuclei, which is what makes a whole-slide run
 * independent of its tile size and thread count.
 */
public interface NucleusDetector {

    /** The nuclei in {@code image}, in its pixel coordinates; {@code mpp} is its pixel size in µm. */
    List<Nucleus> detect(RgbImage image, double mpp);

    /** A short name for provenance, for example {@code classical} or the ONNX model's name. */
    String name();

    /** The settings that decide the result, for provenance (names to JSON-friendly values). */
    Map<String, Object> parameters();

    /**
     * How far, in µm, a nucleus may reach from its centroid: a tiled run overlaps tiles by at
     * least this much, so that a nucleus whose centroid is in a tile's core is seen whole.
     */
    double maxNucleusRadiusUm();
}
