package org.precis.cli;

import java.util.Optional;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import picocli.CommandLine.Option;

/** Which tiles of a slide a model sees: their resolution, the tissue they need, a missing pixel size. */
final class TileSelectionOptions {

    @Option(
            names = "--mpp",
            defaultValue = "0.5",
            description = "µm/px the tiles are read at (default ${DEFAULT-VALUE}).")
    double mpp;

    @Option(
            names = "--min-tissue",
            defaultValue = "0.5",
            description = "Least tissue fraction of a kept tile (default ${DEFAULT-VALUE}).")
    double minTissue;

    @Option(
            names = "--slide-mpp",
            paramLabel = "MPP",
            description = "Level-0 µm/px of slides that do not state theirs (a stated one wins).")
    Double slideMpp;

    /** The name before {@code --slide-mpp}: hidden, still accepted. */
    @Option(names = "--mpp-slide", hidden = true, paramLabel = "M", description = "Deprecated: use --slide-mpp.")
    void deprecatedMppSlide(double value) {
        slideMpp = value;
    }

    /** Tiles of {@code tilePx} pixels at {@code --mpp} with at least {@code --min-tissue} tissue. */
    TileSpec spec(int tilePx) {
        return new TileSpec(tilePx, mpp, minTissue);
    }

    /** A planner with the default tissue detection, reading unlabelled slides at {@code --slide-mpp}. */
    TilePlanner planner() {
        return new TilePlanner(new TissueDetector(TissueDetection.defaults()), Optional.ofNullable(slideMpp));
    }
}
