package org.precis.cells.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.precis.io.file.Sha256Hex;
import org.precis.io.provenance.Provenance;
import org.precis.io.provenance.Traceable;

/**
 * Where a cell table came from: the software, the detector and its settings, the slide (by content
 * hash), the level-0 region searched, the pixel size the detector saw and the tiling.
 *
 * @param software producing software and version, e.g. {@code precis 0.1.0}
 * @param detector the detector's name
 * @param detectorParameters the detector's settings, as plain values, sorted by name (same bytes every run)
 * @param maxNucleusRadiusUm how far the detector says a nucleus may reach from its centroid
 * @param slideFile the slide file as it was given
 * @param slideSha256 SHA-256 of the slide file's bytes
 * @param slideMpp µm per level-0 pixel
 * @param slideMppSource {@code slide} when the file states it, {@code user} when it was given
 * @param region the level-0 region searched
 * @param mpp µm per pixel of the image the detector saw
 * @param downsample level-0 pixels per detector pixel (a whole number)
 * @param tileSizePx side of each tile's core, detector pixels (tiles were read larger by the overlap)
 * @param overlapPx overlap of neighbouring tiles, detector pixels
 * @param classifier the cell classifier that called each nucleus's class and its settings, empty
 *     when the nuclei were not classified
 */
public record CellsProvenance(
        String software,
        String detector,
        Map<String, Object> detectorParameters,
        double maxNucleusRadiusUm,
        String slideFile,
        String slideSha256,
        double slideMpp,
        String slideMppSource,
        PixelRegion region,
        double mpp,
        int downsample,
        int tileSizePx,
        int overlapPx,
        Map<String, Object> classifier)
        implements Traceable {

    public CellsProvenance {
        if (software == null || software.isBlank() || detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("software and detector names are required");
        }
        detectorParameters = Collections.unmodifiableMap(new TreeMap<>(detectorParameters));
        classifier = classifier == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(classifier));
        slideSha256 = Sha256Hex.require("slide", slideSha256);
        if (slideFile == null || region == null || slideMppSource == null) {
            throw new IllegalArgumentException("slide file, region and pixel size source are required");
        }
        if (!(slideMpp > 0) || !(mpp > 0) || Double.isInfinite(slideMpp) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException("µm/px must be positive and finite: " + slideMpp + ", " + mpp);
        }
        if (downsample < 1 || tileSizePx < 1 || overlapPx < 0) {
            throw new IllegalArgumentException("downsample, tile size and overlap out of range: " + downsample + ", "
                    + tileSizePx + ", " + overlapPx);
        }
    }

    /** The slide as the input; everything else as parameters. */
    @Override
    public Provenance common() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("detector", detector);
        parameters.put("detector_parameters", detectorParameters);
        parameters.put("max_nucleus_radius_um", maxNucleusRadiusUm);
        parameters.put("slide_file", slideFile);
        parameters.put("slide_mpp", slideMpp);
        parameters.put("slide_mpp_source", slideMppSource);
        parameters.put("region", region.toString());
        parameters.put("mpp", mpp);
        parameters.put("downsample", downsample);
        parameters.put("tile_size_px", tileSizePx);
        parameters.put("overlap_px", overlapPx);
        if (!classifier.isEmpty()) {
            parameters.put("classifier", classifier);
        }
        return new Provenance(software, Optional.empty(), Map.of("slide", slideSha256), parameters);
    }
}
