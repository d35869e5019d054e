package org.precis.learn.heatmap;

import java.util.Objects;
import java.util.Optional;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;

/**
 * Which tiles of a slide a patch model sees: the µm/px they are read at, the least tissue a kept
 * tile holds, and the slide's level-0 µm/px where it states none (or states a wrong one).
 *
 * @param mpp µm/px the tiles are read at
 * @param minTissueFraction the least tissue fraction of a kept tile
 * @param slideMpp the slide's level-0 µm/px, winning over the file's; empty to use the file's
 */
public record TileSelection(double mpp, double minTissueFraction, Optional<Double> slideMpp) {

    public TileSelection {
        if (!(mpp > 0) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException("tile µm/px must be positive, got " + mpp);
        }
        if (!(minTissueFraction >= 0 && minTissueFraction <= 1)) {
            throw new IllegalArgumentException("least tissue fraction must lie in [0, 1], got " + minTissueFraction);
        }
        Objects.requireNonNull(slideMpp, "slideMpp");
    }

    /** {@code slide heatmap}'s defaults: 0.5 µm/px, half the tile tissue, the slide's own µm/px. */
    public static TileSelection defaults() {
        return new TileSelection(0.5, 0.5, Optional.empty());
    }

    /** Tiles of {@code tilePx} pixels. */
    public TileSpec spec(int tilePx) {
        return new TileSpec(tilePx, mpp, minTissueFraction);
    }

    /** A planner with the default tissue detection. */
    public TilePlanner planner() {
        return new TilePlanner(new TissueDetector(TissueDetection.defaults()), slideMpp);
    }
}
