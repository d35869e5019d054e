package org.precis.casework.qc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.imaging.heatmap.MeasuredTile;
import org.precis.imaging.heatmap.TileMeasurementsGeoJson;
import org.precis.imaging.outline.TissueGeoJson;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.qc.FocusTile;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.QualityReport;
import org.precis.imaging.qc.SlideQuality;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/** Runs the imaging module's quality control on a slide and names what a pathologist checks. */
public final class TissueQcCaseAnalysis {
    /** The class of a flagged tile. */
    static final String OUT_OF_FOCUS = "Out of focus";

    /** Its colour: magenta, seen over H&amp;E and apart from the tissue outline. */
    static final int OUT_OF_FOCUS_COLOUR = 0xE0208C;

    public static final String KIND = "qc";

    private final QcSettings settings = QcSettings.defaults();
    private final String software;

    public TissueQcCaseAnalysis(String software) {
        this.software = software;
    }

    public CaseAnalysis run(Slides engine, Path file, String slideId) throws SlideException, java.io.IOException {
        SlideQuality quality;
        SlidePixelSize pixelSize;
        try (Slide slide = engine.open(file)) {
            pixelSize = SlidePixelSize.of(slide, OptionalDouble.empty(), "the slide states no pixel size");
            quality = new QualityControl(settings).assess(slide, pixelSize.mpp());
        }
        QualityReport report = quality.report();
        List<Finding> findings = List.of(
                Finding.quantity("tissue_area", "Tissue area", report.tissueAreaMm2(), "mm2"),
                Finding.quantity("tissue_regions", "Tissue regions", report.tissueRegions(), "1"),
                Finding.quantity(
                        "out_of_focus_fraction", "Tissue tiles out of focus", 100 * report.outOfFocusFraction(), "%"),
                Finding.quantity(
                        "pen_area", "Pen-marked area", report.penMarks().totalMm2(), "mm2"));
        byte[] outline = new TissueGeoJson().toJson(quality.outlines()).getBytes(StandardCharsets.UTF_8);
        byte[] unfocused = focusFlags(quality, pixelSize.mpp());
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("slide_file", file.getFileName().toString());
        provenance.put("slide_sha256", FileSha256.of(file));
        provenance.put("slide_mpp", pixelSize.mpp());
        provenance.put("model", "tissue mask and focus (classical, no learned weights)");
        provenance.put("parameters", Map.of("qc", settings.toString()));
        return new CaseAnalysis(
                KIND,
                Optional.of(slideId),
                findings,
                List.of(
                        new Overlay("tissue", "Tissue outline", Overlay.GEOJSON, "outline", outline),
                        new Overlay(
                                "qc-focus",
                                "QC flags: tissue tiles out of focus",
                                Overlay.GEOJSON,
                                "class",
                                unfocused)),
                provenance);
    }

    /**
     * The focus tiles flagged out of focus, as QuPath tiles classed {@value #OUT_OF_FOCUS} with
     * their variance of the Laplacian: where a pathologist should look before trusting the rest.
     */
    private static byte[] focusFlags(SlideQuality quality, double mpp) throws IOException {
        List<MeasuredTile> flagged = new ArrayList<>();
        for (FocusTile tile : quality.focusTiles()) {
            if (tile.outOfFocus()) {
                flagged.add(new MeasuredTile(
                        tile.tile(),
                        OUT_OF_FOCUS,
                        OUT_OF_FOCUS_COLOUR,
                        Map.of("Laplacian variance", tile.laplacianVariance())));
            }
        }
        ObjectNode provenance = JsonMappers.snakeCase().createObjectNode();
        provenance.put("what", "focus tiles whose variance of the Laplacian is under the blur threshold");
        provenance.put("slide_mpp", mpp);
        return new TileMeasurementsGeoJson().toJson(flagged, provenance).getBytes(StandardCharsets.UTF_8);
    }
}
