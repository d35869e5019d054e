package org.precis.casework.ki67;

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
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Ki67Files;
import org.precis.cells.ihc.Ki67IndexMap;
import org.precis.cells.ihc.Ki67Nuclei;
import org.precis.cells.ihc.Ki67Report;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.cells.ihc.Ki67SlideScoring;
import org.precis.cells.ihc.Ki67TiledScoring;
import org.precis.cells.ihc.ScoredImage;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionInputException;
import org.precis.cells.run.DetectionListener;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * Scores Ki67 on a slide with the cells module's scorer and names the findings: the global index
 * with a 95% Wilson interval over the counted nuclei (it treats nuclei as independent, so it is
 * narrower than the variation between fields), the hot-spot index, the H-score and the number of
 * nuclei. A region the scorer takes as one image keeps its nuclei's outlines as the overlay; a
 * whole slide (no region: its tissue's bounding box, or a region over {@link Ki67Scorer#MAX_PIXELS})
 * is scored tile by tile, as {@code precis ihc ki67} does, and keeps its nuclei's outlines up to
 * {@link #MAX_OUTLINED_NUCLEI}, then points up to {@link #MAX_POINT_NUCLEI}, then only the index map.
 * Both lay the index map and the hot spot over the slide.
 */
public final class Ki67CaseAnalysis {
    public static final String KIND = "ki67";
    /** The most nuclei a whole slide's overlay shows as outlines (QuPath detections with measurements). */
    static final int MAX_OUTLINED_NUCLEI = 20_000;
    /** The most nuclei a whole slide's point overlay carries; beyond it the index map stands alone. */
    static final int MAX_POINT_NUCLEI = 250_000;

    private static final double LEVEL = 0.95;

    private final Ki67Scorer scorer;
    private final int threads;
    private final int maxOutlinedNuclei;
    private final int maxPointNuclei;
    private final String software;

    /**
     * @param threads threads of a whole-slide run (the result does not depend on them)
     * @param software the producing software for provenance
     */
    public Ki67CaseAnalysis(int threads, String software) {
        this(threads, MAX_OUTLINED_NUCLEI, MAX_POINT_NUCLEI, software);
    }

    Ki67CaseAnalysis(int threads, int maxOutlinedNuclei, int maxPointNuclei, String software) {
        this.scorer = Ki67Scorer.classical(Ki67Settings.defaults());
        this.threads = threads;
        this.maxOutlinedNuclei = maxOutlinedNuclei;
        this.maxPointNuclei = maxPointNuclei;
        this.software = software;
    }

    /**
     * @param region level-0 pixels to score; empty for the slide's tissue (its bounding box)
     * @throws SlideException when the slide cannot be read, is no brightfield DAB slide, or the
     *     region does not fit it (one line naming the file)
     */
    public CaseAnalysis run(Path slide, String slideId, Optional<PixelRegion> region, Path workFolder)
            throws SlideException, IOException {
        if (region.isEmpty() || Ki67SlideScoring.needsTiles(slide, region)) {
            return wholeSlide(slide, slideId, region, workFolder);
        }
        ScoredImage scored = new Ki67SlideScoring(scorer, software).score(slide, region, OptionalDouble.empty());
        Ki67Report report = scored.report();
        Path geojson = Files.createTempFile(workFolder, "ki67-", ".geojson");
        byte[] cells;
        try {
            Ki67Files.writeGeoJson(geojson, scored, scorer, CellLabels.POSITIVE_NEGATIVE);
            cells = Files.readAllBytes(geojson);
        } finally {
            Files.deleteIfExists(geojson);
        }
        List<Overlay> overlays = new ArrayList<>();
        overlays.add(new Overlay("ki67-cells", "Ki67 nuclei (positive/negative)", Overlay.GEOJSON, "ki67", cells));
        Map<String, Object> provenance = provenance(report);
        provenance.put("scoring", "the region as one image");
        return analysis(
                slide, slideId, report, Ki67Nuclei.of(scored.result().cells(), scored.region()), overlays, provenance);
    }

    private CaseAnalysis wholeSlide(Path slide, String slideId, Optional<PixelRegion> region, Path workFolder)
            throws SlideException, IOException {
        Path geojson = workFolder.resolve("ki67-cells.geojson");
        try {
            return scoreTiled(slide, slideId, region, geojson);
        } finally {
            Files.deleteIfExists(geojson);
        }
    }

    private CaseAnalysis scoreTiled(Path slide, String slideId, Optional<PixelRegion> region, Path geojson)
            throws SlideException, IOException {
        Ki67TiledScoring.Outcome outcome;
        try {
            outcome = new Ki67TiledScoring(scorer, CellLabels.POSITIVE_NEGATIVE, software, System::nanoTime)
                    .score(
                            slide,
                            region,
                            OptionalDouble.empty(),
                            CellDetection.DEFAULT_TILE_SIZE_PX,
                            threads,
                            Optional.of(geojson),
                            DetectionListener.none());
        } catch (DetectionInputException e) {
            throw new SlideException(slide, e.problem());
        }
        Ki67Report report = outcome.report();
        Ki67Nuclei nuclei = outcome.nuclei();
        List<Overlay> overlays = new ArrayList<>();
        Map<String, Object> provenance = provenance(report);
        provenance.put("scoring", "tile by tile, " + outcome.detection().tiles() + " tiles");
        if (nuclei.size() <= maxOutlinedNuclei) {
            overlays.add(new Overlay(
                    "ki67-cells",
                    "Ki67 nuclei (positive/negative)",
                    Overlay.GEOJSON,
                    "ki67",
                    Files.readAllBytes(geojson)));
        } else if (nuclei.size() <= maxPointNuclei) {
            overlays.add(Ki67Overlays.points(nuclei));
            provenance.put(
                    "nuclei_overlay",
                    "points at the centroids: more nuclei than the " + maxOutlinedNuclei + " shown as outlines");
        } else {
            provenance.put(
                    "nuclei_overlay",
                    String.format(
                            Locale.ROOT,
                            "omitted: %d nuclei, more than the %d a viewer layer carries; the index map shows them",
                            nuclei.size(),
                            maxPointNuclei));
        }
        return analysis(slide, slideId, report, nuclei, overlays, provenance);
    }

    private CaseAnalysis analysis(
            Path slide,
            String slideId,
            Ki67Report report,
            Ki67Nuclei nuclei,
            List<Overlay> overlays,
            Map<String, Object> provenance)
            throws SlideException, IOException {
        double mpp = report.provenance().slideMpp();
        long[] box = report.region();
        PixelRegion scored = new PixelRegion(box[0], box[1], box[2], box[3]);
        SlideLevel base;
        try (Slides slides = Slides.withDefaults();
                Slide opened = slides.open(slide)) {
            base = opened.levels().get(0);
        }
        Ki67IndexMap map = Ki67IndexMap.of(nuclei, scored, mpp, Ki67Overlays.SQUARE_UM);
        List<Ki67IndexMap.Square> coloured = map.squaresWithAtLeast(Ki67Overlays.MIN_NUCLEI_PER_SQUARE);
        overlays.add(Ki67Overlays.indexMap(map, coloured, mpp, base.width(), base.height()));
        if (report.hotspot() != null) {
            overlays.add(Ki67Overlays.hotspot(report.hotspot(), mpp));
        }
        provenance.put(
                "index_map",
                Map.of(
                        "square_um", map.squareUm(),
                        "min_nuclei_per_square", Ki67Overlays.MIN_NUCLEI_PER_SQUARE,
                        "squares_coloured", coloured.size()));
        return new CaseAnalysis(KIND, Optional.of(slideId), findings(report), overlays, provenance);
    }

    private static List<Finding> findings(Ki67Report report) {
        Finding index = Finding.quantity("ki67_index", "Ki-67 index", report.positivePercent(), "%");
        if (report.cells() > 0) {
            var wilson = new WilsonScoreInterval().createInterval(report.cells(), report.positive(), LEVEL);
            index = index.withInterval(
                    new Finding.Interval(100 * wilson.getLowerBound(), 100 * wilson.getUpperBound(), LEVEL),
                    "Wilson score interval over the counted nuclei, taken as independent");
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(index);
        if (report.hotspot() != null) {
            findings.add(Finding.quantity(
                    "ki67_hotspot_index",
                    "Ki-67 index, hot spot",
                    report.hotspot().positivePercent(),
                    "%"));
        }
        findings.add(Finding.quantity("ki67_h_score", "H-score (DAB)", report.hScore(), "1"));
        findings.add(Finding.quantity("ki67_nuclei", "Nuclei counted", report.cells(), "1"));
        return findings;
    }

    private Map<String, Object> provenance(Ki67Report report) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("slide_file", report.provenance().slideFile());
        provenance.put("slide_sha256", report.provenance().slideSha256());
        provenance.put("slide_mpp", report.provenance().slideMpp());
        provenance.put("model", scorer.detector().name() + " (classical, no learned weights)");
        provenance.put("parameters", report.provenance().parameters());
        provenance.put(
                "thresholds",
                Map.of(
                        "positive_od", report.thresholds().positive(),
                        "origin", report.thresholds().origin().name().toLowerCase(Locale.ROOT)));
        return provenance;
    }
}
