package org.precis.cells.ihc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.GeoJsonCells;
import org.precis.cells.output.PixelRegion;
import org.precis.imaging.provenance.SlideProvenance;

/**
 * Writes what {@code precis ihc ki67 -o DIR} leaves: {@code <stem>.ki67.geojson} (the cells as
 * QuPath detections), {@code <stem>.ki67-overlay.png} (outlines by class over the image) and
 * {@code <stem>.ki67.json} (the report); each whole or not at all.
 */
public final class Ki67Files {

    /** The three files, in the order written. */
    public record Written(Path geojson, Path overlay, Path report) {}

    /** Draws the overlay figure to a file (the report module's drawing), whole or not at all. */
    @FunctionalInterface
    public interface OverlayWriter {
        void write(Path target) throws IOException;
    }

    private Ki67Files() {}

    public static Written write(
            Path folder,
            String stem,
            ScoredImage scored,
            Ki67Scorer scorer,
            CellLabels labels,
            OverlayWriter overlayWriter)
            throws IOException {
        Path geojson = folder.resolve(stem + ".ki67.geojson");
        Path overlay = folder.resolve(stem + ".ki67-overlay.png");
        Path report = folder.resolve(stem + ".ki67.json");
        writeGeoJson(geojson, scored, scorer, labels);
        overlayWriter.write(overlay);
        new Ki67ReportFile().write(report, scored.report());
        return new Written(geojson, overlay, report);
    }

    /** The scored cells as QuPath detections (GeoJSON), with the run's provenance. */
    public static void writeGeoJson(Path geojson, ScoredImage scored, Ki67Scorer scorer, CellLabels labels)
            throws IOException {
        PixelRegion region = scored.region();
        SlideProvenance slide = scored.provenance();
        Ki67Result result = scored.result();
        Map<String, Object> parameters = new LinkedHashMap<>(scorer.detector().parameters());
        parameters.put("ki67_settings", scorer.settings().asMap());
        parameters.put("ki67_positive_threshold_od", result.thresholds().positive());
        parameters.put(
                "ki67_threshold_origin", result.thresholds().origin().name().toLowerCase(Locale.ROOT));
        parameters.put("ki67_stains", scored.report().stains());
        CellsProvenance provenance = new CellsProvenance(
                slide.software(),
                scorer.detector().name(),
                parameters,
                scorer.detector().maxNucleusRadiusUm(),
                slide.slideFile(),
                slide.slideSha256(),
                slide.slideMpp(),
                slide.slideMppSource().name().toLowerCase(Locale.ROOT),
                region,
                result.mpp(),
                1,
                (int) Math.max(region.width(), region.height()),
                0,
                Map.of());
        new GeoJsonCells()
                .write(
                        geojson,
                        CellSource.of(Ki67Cells.of(result.cells(), labels, region.x(), region.y())),
                        provenance);
    }

    /** Every path written, for the summary line. */
    public static List<Path> all(Written written) {
        return List.of(written.geojson(), written.overlay(), written.report());
    }
}
