package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Ki67Files;
import org.precis.cells.ihc.Ki67Report;
import org.precis.cells.ihc.Ki67ReportFile;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.cells.ihc.Ki67SlideScoring;
import org.precis.cells.ihc.Ki67TiledScoring;
import org.precis.cells.ihc.ScoredImage;
import org.precis.cells.output.CellFormat;
import org.precis.cells.output.CellTable;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionListener;
import org.precis.cells.run.RegionPicture;
import org.precis.report.cells.Ki67Overlay;
import org.precis.report.figure.FigureFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis ihc ki67}: the Ki67 index (and H-score) of a region, with its hot spot. */
@Command(
        name = "ki67",
        mixinStandardHelpOptions = true,
        description = "Ki67 index of a haematoxylin-DAB image: nuclei on haematoxylin + DAB, each positive or"
                + " negative by a DAB threshold set from the image's own nuclei (not a fixed density), the"
                + " hot spot beside the global index. With -o DIR writes DIR/<stem>.ki67.geojson (QuPath"
                + " detections), DIR/<stem>.ki67-overlay.png and DIR/<stem>.ki67.json. A region over 50"
                + " megapixels (a whole slide: its tissue bounding box), or any region with --tile-size, is"
                + " scored tile by tile; an interrupted run with -o continues from its checkpoint. Research"
                + " use, not a diagnosis.")
final class IhcKi67Command implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A slide, or a PNG/JPEG image (then --mpp).")
    Path file;

    @Option(
            names = "--region",
            paramLabel = "X,Y,W,H",
            converter = RegionArgument.class,
            description = "Level-0 pixels to score (default: all).")
    PixelRegion region;

    @Option(
            names = "--mpp",
            paramLabel = "M",
            description = "µm/px of the file, for one that does not state it (overrides the file's).")
    Double mpp;

    @Option(
            names = "--hscore",
            description = "Class cells Negative/1+/2+/3+ (H-score bins) instead of Positive/Negative.")
    boolean hscore;

    @Option(
            names = "--hotspot-um",
            paramLabel = "D",
            description = "Diameter of the hot-spot circle in µm (default: ${DEFAULT-VALUE}).",
            defaultValue = "500")
    double hotspotUm;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Folder for the GeoJSON, overlay PNG and JSON report.")
    Path output;

    @Option(
            names = "--tile-size",
            paramLabel = "PX",
            description = "Score tile by tile with tile cores of PX pixels (default for regions over 50 megapixels:"
                    + " " + CellDetection.DEFAULT_TILE_SIZE_PX + "); the result does not depend on it.")
    Integer tileSize;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Threads of a tiled run (default ${DEFAULT-VALUE}); the result does not depend on it.")
    int threads;

    @Option(names = "--progress", description = "A tiled run's tiles, nuclei, nuclei/s and time left on stderr.")
    boolean progress;

    @Option(names = "--json", description = "Print the report as JSON instead of a summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<PixelRegion> wanted = Optional.ofNullable(region);
        Ki67Scorer scorer = Ki67Scorer.classical(Ki67Settings.defaults().withHotspotDiameterUm(hotspotUm));
        CellLabels labels = hscore ? CellLabels.INTENSITY_BINS : CellLabels.POSITIVE_NEGATIVE;
        if (tileSize != null || Ki67SlideScoring.needsTiles(file, wanted)) {
            return tiled(scorer, labels, wanted);
        }
        ScoredImage scored = new Ki67SlideScoring(scorer, "precis " + PrecisCommand.VERSION)
                .score(file, wanted, mpp == null ? OptionalDouble.empty() : OptionalDouble.of(mpp));
        Ki67Report report = scored.report();
        Ki67Files.Written written = null;
        if (output != null) {
            written = Ki67Files.write(
                    output,
                    SlideQcCommand.stem(file),
                    scored,
                    scorer,
                    labels,
                    target -> FigureFile.write(Ki67Overlay.of(scored, labels), target));
        }
        print(report, written == null ? List.of() : Ki67Files.all(written));
        return 0;
    }

    private Integer tiled(Ki67Scorer scorer, CellLabels labels, Optional<PixelRegion> wanted) throws Exception {
        String stem = SlideQcCommand.stem(file);
        Optional<Path> geojson = Optional.ofNullable(output).map(folder -> folder.resolve(stem + ".ki67.geojson"));
        if (output != null) {
            Files.createDirectories(output);
        }
        DetectionProgressLines lines = new DetectionProgressLines(
                spec.commandLine().getErr(), file.getFileName().toString(), System.console() != null);
        Ki67TiledScoring.Outcome outcome;
        try {
            outcome = new Ki67TiledScoring(scorer, labels, "precis " + PrecisCommand.VERSION, System::nanoTime)
                    .score(
                            file,
                            wanted,
                            mpp == null ? OptionalDouble.empty() : OptionalDouble.of(mpp),
                            tileSize == null ? CellDetection.DEFAULT_TILE_SIZE_PX : tileSize,
                            threads,
                            geojson,
                            progress ? lines : DetectionListener.none());
        } finally {
            lines.finish();
        }
        Ki67Report report = outcome.report();
        List<Path> written = List.of();
        if (geojson.isPresent()) {
            Path overlay = output.resolve(stem + ".ki67-overlay.png");
            Path reportFile = output.resolve(stem + ".ki67.json");
            CellTable table = CellFormat.of(geojson.get()).read(geojson.get());
            RegionPicture picture =
                    RegionPicture.read(file, table.provenance().region(), CellsDetectCommand.OVERLAY_MAX_SIDE_PX);
            FigureFile.write(Ki67Overlay.ofRun(picture, table.cells(), report, labels), overlay);
            new Ki67ReportFile().write(reportFile, report);
            written = List.of(geojson.get(), overlay, reportFile);
        }
        print(report, written);
        return 0;
    }

    private void print(Ki67Report report, List<Path> written) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : report.warnings()) {
            err.println("precis: warning: " + file.getFileName() + ": " + warning);
        }
        err.flush();
        if (json) {
            out.print(new Ki67ReportFile().toJson(report));
        } else {
            printSummary(out, report);
            if (!written.isEmpty()) {
                out.println("wrote "
                        + String.join(", ", written.stream().map(Path::toString).toList()));
            }
        }
        out.flush();
    }

    private void printSummary(PrintWriter out, Ki67Report r) {
        out.printf(
                Locale.ROOT,
                "%s: Ki67 %.1f%% (%d of %d nuclei positive), H-score %.0f (1+ %d, 2+ %d, 3+ %d)%n",
                file.getFileName(),
                r.positivePercent(),
                r.positive(),
                r.cells(),
                r.hScore(),
                r.intensityCounts().get("1+"),
                r.intensityCounts().get("2+"),
                r.intensityCounts().get("3+"));
        if (r.hotspot() != null) {
            out.printf(
                    Locale.ROOT,
                    "hot spot (%.0f µm circle, %.3f mm² at %.0f,%.0f): Ki67 %.1f%% (%d of %d)%n",
                    r.hotspot().diameterUm(),
                    r.hotspot().areaMm2(),
                    r.hotspot().centreX(),
                    r.hotspot().centreY(),
                    r.hotspot().positivePercent(),
                    r.hotspot().positive(),
                    r.hotspot().cells());
        }
        out.printf(
                Locale.ROOT,
                "DAB thresholds (decimal OD, %s): positive %.3f, 2+ %.3f, 3+ %.3f; stains %s%n",
                r.thresholds().origin().name().toLowerCase(Locale.ROOT),
                r.thresholds().positive(),
                r.thresholds().moderate(),
                r.thresholds().strong(),
                r.stains().source());
    }
}
