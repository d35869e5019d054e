package org.precis.cells.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.cells.output.PixelRegion;

/**
 * What to detect nuclei in and where to write them.
 *
 * @param image the slide or plain image
 * @param region level-0 region to search; empty for the default (a slide's tissue bounding box, a plain image whole)
 * @param mpp µm/px: for a slide that states its pixel size, the resolution to detect at (default
 *     {@link CellDetection#DEFAULT_MPP}); for an image that does not, the size of its pixels (required)
 * @param tileSizePx side of each tile's core, detector pixels; the tiles read are larger by the overlap
 * @param threads detection threads
 * @param output the output file; its extension picks the format
 */
public record DetectionRequest(
        Path image, Optional<PixelRegion> region, OptionalDouble mpp, int tileSizePx, int threads, Path output) {

    public DetectionRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(mpp, "mpp");
        Objects.requireNonNull(output, "output");
        if (tileSizePx < 1) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
