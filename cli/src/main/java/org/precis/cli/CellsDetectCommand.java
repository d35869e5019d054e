package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.nuclei.classical.RunCalibration;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.output.ProvenanceJson;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionListener;
import org.precis.cells.run.DetectionRequest;
import org.precis.cells.run.DetectionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis cells detect}: nuclei of a slide region or an image, to QuPath GeoJSON, CSV or HDF5. */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Find and measure the nuclei of a slide (its tissue bounding box, or --region) or of an image,"
                + " tile by tile, and write them to OUT.geojson (QuPath detections), OUT.csv (a table, provenance"
                + " in OUT.csv.provenance.json) or OUT.h5 (HDF5 columns). An interrupted run leaves"
                + " OUT.checkpoint; the same command continues it.")
final class CellsDetectCommand implements Callable<Integer> {

    /** Which stains the detector separates. */
    enum Stains {
        HE("he"),
        IHC("ihc");

        private final String label;

        Stains(String label) {
            this.label = label;
        }

        ClassicalDetectorSettings settings() {
            return this == HE ? ClassicalDetectorSettings.defaults() : ClassicalDetectorSettings.immunohistochemistry();
        }
    }

    /** Reads {@code --stains he|ihc}, any case. */
    static final class StainsConverter implements picocli.CommandLine.ITypeConverter<Stains> {
        @Override
        public Stains convert(String text) {
            return LabelledEnum.parse(Stains.class, s -> s.label, text, "--stains value");
        }
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide or image (PNG, JPEG, TIFF...).")
    Path file;

    @Option(
            names = "--region",
            paramLabel = "X,Y,W,H",
            converter = RegionArgument.class,
            description = "Level-0 pixels to search (default: the tissue bounding box of a slide, all of an image).")
    PixelRegion region;

    @Option(
            names = "--mpp",
            paramLabel = "M",
            description = "µm/px. A slide that states its pixel size is read at the whole-number downsample of level 0"
                    + " nearest M, at most 5%% coarser (default 0.5: a 20x slide at its own pixels, 40x averaged 2x2);"
                    + " for an image that does not state it (PNG, JPEG), M is its pixel size (required).")
    Double mpp;

    @Option(
            names = "--tile-size",
            paramLabel = "PX",
            defaultValue = "" + CellDetection.DEFAULT_TILE_SIZE_PX,
            description = "Side of each tile's core in detector pixels (tiles are read larger by the overlap);"
                    + " the nuclei do not depend on it (default ${DEFAULT-VALUE}).")
    int tileSize;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Detection threads (default ${DEFAULT-VALUE}); the nuclei do not depend on it.")
    int threads;

    @Option(
            names = "--stains",
            paramLabel = "he|ihc",
            defaultValue = "he",
            converter = StainsConverter.class,
            description = "Haematoxylin and eosin (he), or haematoxylin and DAB (ihc) (default ${DEFAULT-VALUE}).")
    Stains stains;

    @Option(names = "--progress", description = "Tiles, nuclei, nuclei/s and time left on stderr.")
    boolean progress;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "OUT.geojson, OUT.csv or OUT.h5.")
    Path output;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(stains.settings());
        CellDetection detection = new CellDetection(
                (windows, sampleMpp) -> RunCalibration.fixedOn(detector, windows, sampleMpp),
                "precis " + PrecisCommand.VERSION,
                System::nanoTime);
        DetectionRequest request = new DetectionRequest(
                file,
                Optional.ofNullable(region),
                mpp == null ? OptionalDouble.empty() : OptionalDouble.of(mpp),
                tileSize,
                threads,
                output);
        DetectionProgressLines lines = new DetectionProgressLines(
                spec.commandLine().getErr(), file.getFileName().toString(), System.console() != null);
        DetectionSummary summary;
        try {
            summary = detection.detect(request, progress ? lines : DetectionListener.none());
        } finally {
            lines.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, new Printed(summary));
        } else {
            print(out, summary);
        }
        out.flush();
        return 0;
    }

    /** The summary as {@code --json} prints it. */
    record Printed(
            String output,
            long nuclei,
            double regionAreaMm2,
            double nucleiPerMm2,
            String regionChoice,
            int tiles,
            int tilesResumed,
            long oversizedDropped,
            double detectSeconds,
            double seconds,
            com.fasterxml.jackson.databind.JsonNode provenance) {

        Printed(DetectionSummary s) {
            this(
                    s.output().toString(),
                    s.nuclei(),
                    s.regionAreaMm2(),
                    s.nucleiPerMm2(),
                    s.regionChoice(),
                    s.tiles(),
                    s.tilesResumed(),
                    s.oversized(),
                    s.detectSeconds(),
                    s.seconds(),
                    new ProvenanceJson().toTree(s.provenance()));
        }
    }

    private void print(PrintWriter out, DetectionSummary s) {
        CellsProvenance p = s.provenance();
        out.printf(
                Locale.ROOT,
                "%s: %d nuclei in %.4f mm² (%s %s), %.0f nuclei/mm²%n",
                file.getFileName(),
                s.nuclei(),
                s.regionAreaMm2(),
                s.regionChoice(),
                p.region(),
                s.nucleiPerMm2());
        out.printf(
                Locale.ROOT,
                "detector %s at %.4f µm/px (level 0 %.4f µm/px, downsample %d), %d tiles of %d px overlapping by %d px"
                        + "%s, %.1f s (%.0f nuclei/s)%n",
                p.detector(),
                p.mpp(),
                p.slideMpp(),
                p.downsample(),
                s.tiles(),
                p.tileSizePx(),
                p.overlapPx(),
                s.tilesResumed() > 0 ? ", " + s.tilesResumed() + " from the checkpoint" : "",
                s.seconds(),
                s.detectSeconds() > 0 ? s.nuclei() / s.detectSeconds() : 0);
        out.println("wrote " + s.output());
    }
}
