package org.precis.casework.ki67;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Ki67Files;
import org.precis.cells.ihc.Ki67Report;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.cells.ihc.Ki67SlideScoring;
import org.precis.cells.ihc.ScoredImage;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.SlideException;

/**
 * Scores Ki67 on a slide region with the cells module's scorer and names the findings: the
 * global index with a 95% Wilson interval over the counted nuclei (it treats nuclei as
 * independent, so it is narrower than the variation between fields), the hot-spot index, the
 * H-score and the number of nuclei; the scored nuclei are the overlay.
 */
public final class Ki67CaseAnalysis {
    public static final String KIND = "ki67";
    private static final double LEVEL = 0.95;

    private final Ki67Scorer scorer;
    private final String software;

    public Ki67CaseAnalysis(String software) {
        this.scorer = Ki67Scorer.classical(Ki67Settings.defaults());
        this.software = software;
    }

    public CaseAnalysis run(Path slide, String slideId, Optional<PixelRegion> region, Path workFolder)
            throws SlideException, IOException {
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
                        "origin", report.thresholds().origin().name().toLowerCase(java.util.Locale.ROOT)));
        return new CaseAnalysis(
                KIND,
                Optional.of(slideId),
                findings,
                List.of(new Overlay("ki67-cells", "Ki67 nuclei (positive/negative)", Overlay.GEOJSON, "ki67", cells)),
                provenance);
    }
}
