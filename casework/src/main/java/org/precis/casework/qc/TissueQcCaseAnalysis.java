package org.precis.casework.qc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.imaging.outline.TissueGeoJson;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.QualityReport;
import org.precis.imaging.qc.SlideQuality;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/** Runs the imaging module's quality control on a slide and names what a pathologist checks. */
public final class TissueQcCaseAnalysis {
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
                List.of(new Overlay("tissue", "Tissue outline", Overlay.GEOJSON, "outline", outline)),
                provenance);
    }
}
