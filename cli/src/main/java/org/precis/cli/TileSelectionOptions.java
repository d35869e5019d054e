package org.precis.cli;

import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.learn.heatmap.TileSelection;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SlidePixelSizeOption slidePixelSize = new SlidePixelSizeOption();

    /** Tiles of {@code tilePx} pixels at {@code --mpp} with at least {@code --min-tissue} tissue. */
    TileSpec spec(int tilePx) {
        return new TileSpec(tilePx, mpp, minTissue);
    }

    /** The options as the library's tile selection. */
    TileSelection selection() {
        return new TileSelection(mpp, minTissue, slidePixelSize.givenBoxed());
    }

    /** A planner with the default tissue detection, reading unlabelled slides at {@code --slide-mpp}. */
    TilePlanner planner() {
        return new TilePlanner(new TissueDetector(TissueDetection.defaults()), slidePixelSize.givenBoxed());
    }
}
