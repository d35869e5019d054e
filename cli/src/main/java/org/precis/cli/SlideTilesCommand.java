package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.TileGridSpec;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.imaging.tissue.TileTable;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueTileSelection;
import org.precis.imaging.tissue.TissueTiles;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis slide tiles}: the tiles with tissue of a grid at a physical resolution. */
@Command(
        name = "tiles",
        mixinStandardHelpOptions = true,
        description = "List the tiles with tissue of a grid at a "
                + "physical resolution (µm/px, never a pyramid level), in level-0 pixels, as GeoJSON or CSV (by the "
                + "output's extension), with the grid and the slide's SHA-256 as provenance.")
final class SlideTilesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(names = "--tile-px", required = true, paramLabel = "N", description = "Tile side in pixels at --mpp.")
    int tilePx;

    @Option(names = "--mpp", required = true, paramLabel = "M", description = "µm/px the tiles are read at.")
    double mpp;

    @Option(
            names = "--min-tissue",
            defaultValue = "0.5",
            paramLabel = "F",
            description = "Keep tiles at least this much tissue, 0 to 1 (default ${DEFAULT-VALUE}).")
    double minTissue;

    @Option(
            names = "--overlap-px",
            defaultValue = "0",
            paramLabel = "N",
            description = "Pixels at --mpp that neighbouring tiles share (default ${DEFAULT-VALUE}).")
    int overlapPx;

    @Mixin
    SlidePixelSizeOption slidePixelSize = new SlidePixelSizeOption();

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "tiles.geojson or tiles.csv.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TileTable.Format.of(output);
        if (!(minTissue >= 0 && minTissue <= 1)) {
            throw new IllegalArgumentException("--min-tissue must be in [0, 1]: " + minTissue);
        }
        TileGridSpec gridSpec = new TileGridSpec(tilePx, mpp, overlapPx, EdgeTiles.WHOLE_ONLY);
        TissueDetection detection = TissueDetection.defaults();
        TissueTileSelection selection;
        SlidePixelSize pixelSize;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            pixelSize = SlidePixelSize.of(slide, slidePixelSize.given(), SlideQcCommand.SLIDE_MPP_HINT);
            selection = TissueTiles.withDefaults().select(slide, pixelSize.mpp(), gridSpec, minTissue);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("grid", gridSpec);
        parameters.put("min_tissue_fraction", minTissue);
        parameters.put("tissue", detection);
        SlideProvenance provenance = new SlideProvenance(
                file.getFileName().toString(),
                FileSha256.of(file),
                pixelSize.mpp(),
                pixelSize.source(),
                "precis " + PrecisCommand.VERSION,
                parameters);
        new TileTable().write(output, selection, provenance);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "kept %d of %d tiles (%d px at %s µm/px, overlap %d px, tissue >= %s): %s%n",
                selection.tiles().size(),
                selection.grid().tileCount(),
                tilePx,
                mpp,
                overlapPx,
                minTissue,
                output);
        out.flush();
        return 0;
    }
}
