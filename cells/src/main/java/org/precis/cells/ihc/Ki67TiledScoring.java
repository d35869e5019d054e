package org.precis.cells.ihc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionInputException;
import org.precis.cells.run.DetectionListener;
import org.precis.cells.run.DetectionRequest;
import org.precis.cells.run.DetectionSummary;
import org.precis.imaging.provenance.PixelSizeSource;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Scores Ki67 over a whole slide, or any region too large to hold at once, tile by tile with the
 * module's tiled run: the region (a slide's tissue bounding box by default) read at its level-0
 * pixels, tiles overlapping by the detector's reach, each nucleus kept by the tile whose core holds
 * its centroid; the white, stain vectors, nuclear-stain cap and detector thresholds fixed once on
 * the run's calibration sample; then, with every nucleus known, the DAB thresholds set from all of
 * them, each nucleus classed, and the hot spot searched over the whole region. The nuclei, their
 * classes and the index do not depend on the tile size or the number of threads; on a region small
 * enough to be calibrated whole ({@link Ki67Calibration#WHOLE_PIXELS}) they are those of {@link
 * Ki67Scorer} on the region as one image. Memory is bounded by the tiles in flight and a few
 * numbers a nucleus; an interrupted run continues from the checkpoint beside its output.
 */
public final class Ki67TiledScoring {

    /**
     * What a tiled run found.
     *
     * @param report the index, H-score, hot spot, thresholds and provenance
     * @param detection the run itself: the file written, tiles, nuclei per second, time
     * @param nuclei every nucleus's level-0 centroid and bin, for maps and point overlays
     */
    public record Outcome(Ki67Report report, DetectionSummary detection, Ki67Nuclei nuclei) {}

    private final Ki67Scorer scorer;
    private final CellLabels labels;
    private final String software;
    private final LongSupplier nanoTime;
    private final long wholePixels;

    /**
     * @param scorer the detector and settings, as for one image
     * @param labels the classes the cells are written with
     * @param software the producing software for provenance, e.g. {@code precis 0.1.0}
     * @param nanoTime the clock progress is read from
     */
    public Ki67TiledScoring(Ki67Scorer scorer, CellLabels labels, String software, LongSupplier nanoTime) {
        this(scorer, labels, software, nanoTime, Ki67Calibration.WHOLE_PIXELS);
    }

    /** A run that calibrates regions up to {@code wholePixels} whole and larger ones on sample windows. */
    Ki67TiledScoring(Ki67Scorer scorer, CellLabels labels, String software, LongSupplier nanoTime, long wholePixels) {
        this.scorer = scorer;
        this.labels = labels;
        this.software = software;
        this.nanoTime = nanoTime;
        this.wholePixels = wholePixels;
    }

    /**
     * Scores {@code file} and writes its classed nuclei to {@code geojson} (QuPath detections), whole
     * or not at all; with no {@code geojson} they are written to a temporary folder, removed after.
     *
     * @param region level-0 region; empty for a slide's tissue bounding box (all of a plain image)
     * @param givenMpp µm per level-0 pixel, for a file that does not state it
     * @throws SlideException when the file cannot be read or is not a brightfield haematoxylin–DAB image (one line naming it)
     * @throws DetectionInputException when the region, pixel size or a checkpoint cannot be used (one line naming the file)
     */
    public Outcome score(
            Path file,
            Optional<PixelRegion> region,
            OptionalDouble givenMpp,
            int tileSizePx,
            int threads,
            Optional<Path> geojson,
            DetectionListener listener)
            throws IOException, SlideException, DetectionInputException {
        double mpp = levelZeroMpp(file, givenMpp);
        if (geojson.isPresent()) {
            return score(file, region, mpp, tileSizePx, threads, geojson.get(), listener);
        }
        Path folder = Files.createTempDirectory("precis-ki67");
        try {
            return score(file, region, mpp, tileSizePx, threads, folder.resolve("cells.ki67.geojson"), listener);
        } finally {
            try (Stream<Path> left = Files.list(folder)) {
                for (Path path : (Iterable<Path>) left::iterator) {
                    Files.deleteIfExists(path);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private Outcome score(
            Path file,
            Optional<PixelRegion> region,
            double mpp,
            int tileSizePx,
            int threads,
            Path geojson,
            DetectionListener listener)
            throws IOException, SlideException, DetectionInputException {
        Ki67Calibration calibration = new Ki67Calibration(scorer, wholePixels);
        Ki67Calls calls = new Ki67Calls(scorer.settings(), labels);
        DetectionSummary detection;
        try {
            detection = new CellDetection(calibration, calls, software, nanoTime)
                    .detect(
                            new DetectionRequest(file, region, OptionalDouble.of(mpp), tileSizePx, threads, geojson),
                            listener);
        } catch (Ki67Calibration.UnsuitableSample e) {
            throw new SlideException(file, e.getMessage());
        }
        return new Outcome(
                report(file, calibration, calls.tally(), detection),
                detection,
                calls.tally().nuclei());
    }

    private Ki67Report report(
            Path file, Ki67Calibration calibration, Ki67Calls.Tally tally, DetectionSummary detection) {
        CellsProvenance run = detection.provenance();
        PixelRegion region = run.region();
        Map<String, Integer> counts = new LinkedHashMap<>();
        tally.counts().forEach((bin, n) -> counts.put(bin.displayName(), n));
        long cells = tally.cells();
        long positive = tally.positive();
        double hScore = 0;
        for (Map.Entry<IntensityBin, Integer> e : tally.counts().entrySet()) {
            hScore += e.getKey().weight() * (double) e.getValue();
        }
        hScore = cells == 0 ? 0 : 100 * hScore / cells;
        List<String> warnings = new ArrayList<>(scorer.warnings(
                calibration.estimate(),
                cells,
                positive,
                tally.thresholds(),
                tally.hotspot(),
                region.width(),
                region.height(),
                run.slideMpp()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("region", region.toString());
        parameters.put("region_choice", detection.regionChoice());
        parameters.put("ki67", scorer.settings().asMap());
        parameters.put("detector", scorer.detector().name());
        parameters.put("detector_parameters", run.detectorParameters());
        Map<String, Object> tiling = new LinkedHashMap<>();
        tiling.put("tile_size_px", run.tileSizePx());
        tiling.put("overlap_px", run.overlapPx());
        tiling.put("tiles", detection.tiles());
        tiling.put(
                "calibration",
                region.width() * region.height() <= wholePixels
                        ? "the whole region"
                        : Ki67Calibration.SAMPLE_WINDOWS * Ki67Calibration.SAMPLE_WINDOWS
                                + " windows of at most 256 x 256 px spread evenly over the region");
        parameters.put("tiling", tiling);
        SlideProvenance provenance = new SlideProvenance(
                file.getFileName().toString(),
                run.slideSha256(),
                run.slideMpp(),
                "user".equals(run.slideMppSource()) ? PixelSizeSource.USER : PixelSizeSource.SLIDE,
                software,
                parameters);
        return new Ki67Report(
                Math.toIntExact(cells),
                Math.toIntExact(positive),
                cells == 0 ? 0 : 100.0 * positive / cells,
                hScore,
                counts,
                tally.hotspot().orElse(null),
                new long[] {region.x(), region.y(), region.width(), region.height()},
                run.mpp(),
                Ki67Report.stainsUsed(calibration.estimate()),
                tally.thresholds(),
                warnings,
                provenance);
    }

    /**
     * µm per level-0 pixel: the file's own when it states it (a given one must agree: a tiled run
     * reads the file at its own pixels), else the given one; in the range nuclei can be scored at.
     */
    private static double levelZeroMpp(Path file, OptionalDouble givenMpp)
            throws SlideException, DetectionInputException {
        givenMpp.ifPresent(Ki67Scorer::requireScorablePixelSize);
        if (!Files.isRegularFile(file)) {
            throw new DetectionInputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        Optional<Double> stated = Optional.empty();
        if (!Ki67SlideScoring.isPlainImageName(file)) {
            try (Slides slides = Slides.withDefaults();
                    Slide slide = slides.open(file)) {
                stated = slide.pixelSize().map(p -> p.mpp());
            }
        }
        if (stated.isEmpty()) {
            if (givenMpp.isEmpty()) {
                throw new DetectionInputException(file, "does not state its pixel size; " + Ki67SlideScoring.MPP_HINT);
            }
            return givenMpp.getAsDouble();
        }
        double mpp = stated.get();
        if (givenMpp.isPresent() && Math.abs(givenMpp.getAsDouble() - mpp) > 1e-9 * mpp) {
            throw new DetectionInputException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "states %.4f µm/px; a tiled run scores it at its own pixels (--mpp is for a file that"
                                    + " does not state its pixel size)",
                            mpp));
        }
        if (!(mpp >= Ki67Scorer.MIN_MPP && mpp <= Ki67Scorer.MAX_MPP)) {
            throw new DetectionInputException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "states a pixel size of %s µm/px, outside what nuclei can be scored at (%.2f to %.1f)",
                            mpp,
                            Ki67Scorer.MIN_MPP,
                            Ki67Scorer.MAX_MPP));
        }
        return mpp;
    }
}
