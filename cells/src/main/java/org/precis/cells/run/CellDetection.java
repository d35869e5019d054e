package org.precis.cells.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.output.CellFormat;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.output.ProvenanceJson;
import org.precis.io.file.FileSha256;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Finds the nuclei of a slide region or a plain image and writes them: checks the request before
 * anything slow or large is done, reads the region tile by tile at the detector's resolution,
 * keeps each nucleus in the one tile whose core holds its centroid, checkpoints every finished
 * tile beside the output (a rerun with the same settings continues from it); with a
 * classification stage, makes the calls that need the merged nuclei ({@link
 * NucleusCaller#callMerged}: mitoses between two nuclei, across seams too, one call per figure);
 * then writes the output atomically and removes the checkpoint.
 *
 * <p>Resolution: a slide that states its pixel size is read at the whole-number downsample of
 * level 0 nearest to {@code mpp} without being more than 5% coarser (default 0.5 µm/px: a 20x slide
 * at its own pixels, a 40x slide averaged 2 x 2); an image that does not state it (a PNG or JPEG, a
 * TIFF without resolution tags) needs {@code mpp} as the size of its pixels and is read at them.
 */
public final class CellDetection {

    /** The resolution nuclei are detected at by default, µm/px. */
    public static final double DEFAULT_MPP = 0.5;

    /** Largest {@code mpp} accepted: beyond it nuclei are less than a pixel. */
    public static final double MAX_MPP = 100;

    /** Default side of a tile's core, detector pixels (the tile read adds the overlap). */
    public static final int DEFAULT_TILE_SIZE_PX = 1024;

    /** Smallest region side, detector pixels. */
    static final int MIN_REGION_PX = 32;

    /**
     * Decoded slide tiles kept: each is read about once (the overlaps again), so a small cache does,
     * and memory stays bounded by the tiles in flight rather than by the default 256 MiB cache.
     */
    static final long SLIDE_CACHE_BYTES = 32L << 20;

    /** Overview side the brightfield check looks at. */
    private static final int OVERVIEW_PX = 1024;

    /**
     * µm kept between a kept nucleus and a tile's inner edge beyond its largest reach: room for the
     * detector's filters to see the same pixels in every tiling. With the classical detector's 16 µm
     * radius this makes 40 µm from a core's edge to the tile's, more than the 38.6 µm its
     * {@code tileMarginUm()} asks.
     */
    public static final double CONTEXT_UM = 24;

    private static final Set<String> PLAIN_IMAGE_SUFFIXES = Set.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private final DetectorCalibration calibration;
    private final NucleusCaller caller;
    private final String software;
    private final LongSupplier nanoTime;

    /**
     * @param calibration gives the detector, its image-dependent choices fixed for the run's region
     * @param software the producing software for provenance, e.g. {@code precis 0.1.0}
     * @param nanoTime the clock progress and timings are read from
     */
    public CellDetection(DetectorCalibration calibration, String software, LongSupplier nanoTime) {
        this(calibration, NucleusCaller.none(), software, nanoTime);
    }

    /**
     * A run that also calls each kept nucleus's class with {@code caller}, on the pixels of the
     * tile that keeps it; tiles then overlap enough for the caller's reach too, so the calls do not
     * depend on the tiling either.
     *
     * @param calibration gives the detector, its image-dependent choices fixed for the run's region
     * @param caller the classification stage ({@link NucleusCaller#none()} for none)
     * @param software the producing software for provenance, e.g. {@code precis 0.1.0}
     * @param nanoTime the clock progress and timings are read from
     */
    public CellDetection(
            DetectorCalibration calibration, NucleusCaller caller, String software, LongSupplier nanoTime) {
        this.calibration = calibration;
        this.caller = caller;
        this.software = software;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs {@code request}, telling {@code listener} how it goes.
     *
     * @throws DetectionInputException when the image, the region or a checkpoint cannot be used (one line naming the file)
     * @throws SlideException when the slide cannot be opened or read
     * @throws IllegalArgumentException when a setting is out of range or the output extension unknown
     */
    public DetectionSummary detect(DetectionRequest request, DetectionListener listener)
            throws IOException, SlideException, DetectionInputException {
        long started = nanoTime.getAsLong();
        Path file = request.image();
        CellFormat format = CellFormat.of(request.output());
        Path folder = request.output().toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DetectionInputException(request.output(), "the output folder " + folder + " does not exist");
        }
        if (request.mpp().isPresent()) {
            double mpp = request.mpp().getAsDouble();
            if (!(mpp > 0 && mpp <= MAX_MPP)) {
                throw new IllegalArgumentException(
                        file + ": --mpp " + mpp + " is out of range: give the µm/px in (0, " + (int) MAX_MPP + "]");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new DetectionInputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try (Slides slides = Slides.withCache(SLIDE_CACHE_BYTES);
                DetectionImage image = open(file, slides)) {
            return detect(request, image, format, listener, started);
        }
    }

    static DetectionImage open(Path file, Slides slides) throws DetectionInputException, SlideException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PLAIN_IMAGE_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return PlainImage.open(file);
        }
        return new SlideImage(slides.open(file));
    }

    private DetectionSummary detect(
            DetectionRequest request, DetectionImage image, CellFormat format, DetectionListener listener, long started)
            throws IOException, SlideException, DetectionInputException {
        Path file = request.image();
        String mppSource;
        WorkingResolution resolution;
        if (image.statedMpp().isPresent()) {
            mppSource = "slide";
            resolution = WorkingResolution.nearest(
                    image.statedMpp().get(), request.mpp().orElse(DEFAULT_MPP));
        } else if (request.mpp().isPresent()) {
            mppSource = "user";
            resolution = new WorkingResolution(request.mpp().getAsDouble(), 1);
        } else {
            throw new DetectionInputException(
                    file, "does not state its pixel size; give the µm/px of its pixels with --mpp");
        }
        PixelRegion region = region(request, image, resolution);
        int width = (int) Math.min(Integer.MAX_VALUE, region.width() / resolution.downsample());
        int height = (int) Math.min(Integer.MAX_VALUE, region.height() / resolution.downsample());
        if (width < MIN_REGION_PX || height < MIN_REGION_PX) {
            throw new DetectionInputException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "region of %dx%d px at %.3f µm/px is too small for nucleus detection: it needs at least"
                                    + " %dx%d px",
                            width,
                            height,
                            resolution.mpp(),
                            MIN_REGION_PX,
                            MIN_REGION_PX));
        }
        int brightness = BrightfieldCheck.medianBrightness(image.overview(region, OVERVIEW_PX));
        if (brightness < BrightfieldCheck.MIN_MEDIAN_BRIGHTNESS) {
            throw new DetectionInputException(
                    file,
                    "dark background (median brightness " + brightness + " of 255, brightfield H&E or IHC is at least "
                            + BrightfieldCheck.MIN_MEDIAN_BRIGHTNESS + "): this looks like a fluorescence or dark-field"
                            + " image; nucleus detection needs brightfield");
        }
        PixelSource pixels = image.pixels(region, resolution.downsample());
        NucleusDetector detector =
                calibration.calibrate(CalibrationSample.of(pixels, width, height, calibration), resolution.mpp());
        double reachUm = Math.max(detector.maxNucleusRadiusUm() + CONTEXT_UM, caller.reachUm(resolution.mpp()));
        int half = TilePlacement.halfOverlapPx(reachUm, resolution.mpp());
        DetectionGrid grid = new DetectionGrid(width, height, request.tileSizePx(), 2 * half);
        CellsProvenance provenance = new CellsProvenance(
                software,
                detector.name(),
                detector.parameters(),
                detector.maxNucleusRadiusUm(),
                file.toString(),
                FileSha256.of(file),
                resolution.slideMpp(),
                mppSource,
                region,
                resolution.mpp(),
                resolution.downsample(),
                request.tileSizePx(),
                grid.overlapPx(),
                caller.parameters());
        Path checkpoint = DetectionJournal.beside(request.output());
        TileRunResult result;
        long count;
        long between = 0;
        // the settings a checkpoint must match: everything but how the slide's path was spelt (its hash counts)
        com.fasterxml.jackson.databind.node.ObjectNode settings =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ProvenanceJson().toTree(provenance);
        settings.remove("slide_file");
        try (DetectionJournal journal = DetectionJournal.open(checkpoint, settings)) {
            result = new TiledDetection(detector, caller, request.threads(), nanoTime)
                    .run(
                            pixels,
                            grid,
                            new TilePlacement(region, resolution, detector.maxNucleusRadiusUm()),
                            resolution.mpp(),
                            journal,
                            listener);
            CellSource cells = journal.cells();
            if (!caller.parameters().isEmpty()) {
                MergedCalls merged = caller.callMerged(
                        keptNuclei(cells), new PointPixels(pixels, grid, region, resolution, request.threads()));
                cells = new MergedCells(cells, merged);
                between = merged.added().size();
            }
            count = format.writer().write(request.output(), cells, provenance);
            journal.delete();
        }
        double areaMm2 = region.width() * region.height() * resolution.slideMpp() * resolution.slideMpp() / 1e6;
        return new DetectionSummary(
                request.output(),
                count - between,
                between,
                areaMm2,
                (count - between) / areaMm2,
                request.region().isPresent() ? "given" : image.defaultRegionName(),
                result.tiles(),
                result.tilesResumed(),
                result.oversized(),
                result.seconds(),
                (nanoTime.getAsLong() - started) / 1e9,
                provenance);
    }

    /** What the pass over the merged nuclei sees of them, in the run's order. */
    private static List<KeptNucleus> keptNuclei(CellSource cells) throws IOException {
        List<KeptNucleus> nuclei = new ArrayList<>();
        cells.forEach(cell -> nuclei.add(new KeptNucleus(
                cell.nucleus().centroidX(),
                cell.nucleus().centroidY(),
                cell.nucleus().measurements().haematoxylinMean(),
                cell.nucleus().measurements().dabMean(),
                cell.classification().map(c -> new ClassCall(c, cell.probability())))));
        return nuclei;
    }

    private static PixelRegion region(DetectionRequest request, DetectionImage image, WorkingResolution resolution)
            throws DetectionInputException, SlideException {
        Path file = request.image();
        if (request.region().isPresent()) {
            PixelRegion region = request.region().get();
            if (!region.within(image.width(), image.height())) {
                throw new DetectionInputException(
                        file,
                        "region " + region + " (x,y,w,h) is outside the image, which is " + image.width() + "x"
                                + image.height() + " px at level 0");
            }
            return region;
        }
        Optional<PixelRegion> tissue = image.tissueBounds(resolution.slideMpp());
        if (tissue.isEmpty()) {
            throw new DetectionInputException(file, "no tissue found; give the region to search with --region");
        }
        return tissue.get();
    }
}
