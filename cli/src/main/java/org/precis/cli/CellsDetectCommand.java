package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.ClassifierStage;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.output.CellFormat;
import org.precis.cells.output.CellTable;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.output.ProvenanceJson;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionListener;
import org.precis.cells.run.DetectionRequest;
import org.precis.cells.run.DetectionSummary;
import org.precis.cells.run.DetectorChoice;
import org.precis.cells.run.NucleusCaller;
import org.precis.cells.run.RegionPicture;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.report.cells.CellOverlay;
import org.precis.report.figure.FigureFile;
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
                + " in OUT.csv.provenance.json) or OUT.h5 (HDF5 columns). --classify calls each nucleus Tumor,"
                + " Non-tumor, Mitosis or Apoptosis (research use only, not a diagnosis); --overlay draws them."
                + " An interrupted run leaves OUT.checkpoint; the same command continues it.")
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

    @Option(
            names = "--detector",
            paramLabel = "classical|DESCRIPTOR.json",
            defaultValue = DetectorChoice.CLASSICAL,
            description = "The classical detector (default), or a learned ONNX nucleus model by its JSON descriptor.")
    String detector;

    @Option(
            names = "--classify",
            description = "Call each nucleus Tumor, Non-tumor, Mitosis or Apoptosis with the cell classifier, on the"
                    + " pixels of the tile that keeps it; then, over the merged tiles, one mitosis call per figure"
                    + " (mitoses between two close nuclei added as detections after the nuclei, weaker calls within"
                    + " the model's radius dropped), as cells grade counts them (research use only, not a"
                    + " diagnosis).")
    boolean classify;

    @Option(
            names = "--model",
            paramLabel = "JSON",
            description = "Cell classifier file for --classify (default: the shipped model).")
    Path model;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder holding models/ for --classify (default PRECIS_DATA or ../shared).")
    Path data;

    @Option(
            names = "--overlay",
            paramLabel = "FIGURE",
            description = "Also draw the region with every nucleus outlined in its class's colour, a legend with"
                    + " counts, a scale bar and a caption, to FIGURE.png or FIGURE.svg (needs -o .geojson or .h5).")
    Path overlay;

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
        CellFormat format = CellFormat.of(output);
        if (overlay != null) {
            if (!format.holdsOutlines()) {
                throw new IllegalArgumentException(
                        output + ": --overlay draws outlines, which a CSV table does not hold; write .geojson or .h5");
            }
            FigureFile.requireFormat(overlay);
        }
        if (model != null && !classify) {
            throw new IllegalArgumentException(
                    "--model " + model + " is the classifier for --classify; add --classify");
        }
        try (DetectorChoice chosen = DetectorChoice.open(detector, stains.settings(), threads);
                CellClassifier classifier = classify ? openClassifier() : null) {
            NucleusCaller caller = classifier == null
                    ? NucleusCaller.none()
                    : new ClassifierStage(classifier, model == null ? "shipped " + SHIPPED_NAME : model.toString());
            return run(
                    new CellDetection(
                            chosen.calibration(), caller, "precis " + PrecisCommand.VERSION, System::nanoTime),
                    format);
        }
    }

    private static final String SHIPPED_NAME =
            CellClassifierModels.SHIPPED.substring(CellClassifierModels.SHIPPED.lastIndexOf('/') + 1);

    private CellClassifier openClassifier() throws Exception {
        CellClassifierModels models = new CellClassifierModels();
        CellClassifierModel classifierModel = model != null ? models.read(model) : models.shipped();
        return CellClassifier.open(classifierModel, DataFolder.resolve(data), new OnnxEncoderOptions(1, 32));
    }

    private Integer run(CellDetection detection, CellFormat format) throws Exception {
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
        if (overlay != null) {
            CellTable table = format.read(output);
            RegionPicture picture = RegionPicture.read(file, table.provenance().region(), OVERLAY_MAX_SIDE_PX);
            FigureFile.write(CellOverlay.of(picture, table), overlay);
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

    /** Longest side of an overlay's image, px: a whole-slide region is shrunk to it. */
    static final int OVERLAY_MAX_SIDE_PX = 4096;

    /** The summary as {@code --json} prints it. */
    record Printed(
            String output,
            long nuclei,
            long mitosesBetweenNuclei,
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
                    s.callsBetweenNuclei(),
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
        if (s.callsBetweenNuclei() > 0) {
            out.printf(
                    Locale.ROOT,
                    "%d mitoses called between two nuclei (written after the nuclei, outlined by their hull, no"
                            + " nucleus measurements)%n",
                    s.callsBetweenNuclei());
        }
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
        if (overlay != null) {
            out.println("wrote " + overlay);
        }
    }
}
