package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.imaging.outline.TissueGeoJson;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.imaging.qc.QcReportFile;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.QualityReport;
import org.precis.imaging.qc.SlideQuality;
import org.precis.imaging.qc.StainSummary;
import org.precis.imaging.tissue.MaskPng;
import org.precis.io.file.FileSha256;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.PngFile;
import org.precis.report.qc.QcOverlay;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide qc}: tissue mask, tissue outlines for QuPath and a quality report (focus,
 * pen marks, stain densities) with provenance.
 */
@Command(
        name = "qc",
        mixinStandardHelpOptions = true,
        description = "Detect tissue and check slide quality: "
                + "writes DIR/<stem>.mask.png, DIR/<stem>.qc-overlay.png (tissue outline, pen ink and focus tiles on the "
                + "thumbnail), DIR/<stem>.tissue.geojson (QuPath annotations, level-0 pixels) and DIR/<stem>.qc.json.")
final class SlideQcCommand implements Callable<Integer> {

    static final String SLIDE_MPP_HINT = "give its µm/px with --slide-mpp";
    private static final int OVERLAY_PX = 1024;

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "Folder for the outputs.")
    Path output;

    @Option(names = "--mpp-tissue", paramLabel = "M", description = "µm/px of the tissue mask (default: 8).")
    Double mppTissue;

    @Mixin
    SlidePixelSizeOption slidePixelSize = new SlidePixelSizeOption();

    @Option(names = "--json", description = "Print the report as JSON instead of a summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QcSettings settings = mppTissue == null
                ? QcSettings.defaults()
                : QcSettings.defaults().withMaskMpp(mppTissue);
        String stem = stem(file);
        Path mask = output.resolve(stem + ".mask.png");
        Path geojson = output.resolve(stem + ".tissue.geojson");
        Path overlay = output.resolve(stem + ".qc-overlay.png");
        Path report = output.resolve(stem + ".qc.json");
        SlideQuality quality;
        SlidePixelSize pixelSize;
        AnnotatedImage overlayFigure;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            pixelSize = SlidePixelSize.of(slide, slidePixelSize.given(), SLIDE_MPP_HINT);
            quality = new QualityControl(settings).assess(slide, pixelSize.mpp());
            RgbImage thumbnail = slide.thumbnail(OVERLAY_PX);
            overlayFigure =
                    QcOverlay.of(thumbnail, (double) slide.levels().get(0).width() / thumbnail.width(), quality);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("qc", settings);
        SlideProvenance provenance = new SlideProvenance(
                file.getFileName().toString(),
                FileSha256.of(file),
                pixelSize.mpp(),
                pixelSize.source(),
                "precis " + PrecisCommand.VERSION,
                parameters);
        MaskPng.write(mask, quality.mask());
        PngFile.write(overlayFigure, overlay);
        new TissueGeoJson().write(geojson, quality.outlines());
        QcReportFile reportFile = new QcReportFile();
        reportFile.write(report, quality.report(), provenance);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(reportFile.toJson(quality.report(), provenance));
        } else {
            printSummary(out, quality.report());
            out.println("wrote " + mask + ", " + overlay + ", " + geojson + ", " + report);
        }
        out.flush();
        return 0;
    }

    private void printSummary(PrintWriter out, QualityReport r) {
        out.printf(
                Locale.ROOT,
                "%s: tissue %.4f mm² in %d region%s (mask %dx%d at %.2f µm/px; slide %.4f µm/px)%n",
                file.getFileName(),
                r.tissueAreaMm2(),
                r.tissueRegions(),
                r.tissueRegions() == 1 ? "" : "s",
                r.maskWidth(),
                r.maskHeight(),
                r.maskMpp(),
                r.slideMpp());
        out.printf(
                Locale.ROOT,
                "focus: %d of %d tissue tiles out of focus (%.1f%%), median Laplacian variance %.5f"
                        + " at %.2f µm/px%n",
                r.focusTilesOutOfFocus(),
                r.focusTilesChecked(),
                100 * r.outOfFocusFraction(),
                r.medianLaplacianVariance(),
                r.focusMpp());
        out.printf(
                Locale.ROOT,
                "pen marks: %.4f mm² (blue %.4f, green %.4f, black %.4f)%n",
                r.penMarks().totalMm2(),
                r.penMarks().blueMm2(),
                r.penMarks().greenMm2(),
                r.penMarks().blackMm2());
        if (r.stains().isEmpty()) {
            out.println("stains: no tissue");
        }
        for (StainSummary stain : r.stains()) {
            out.printf(
                    Locale.ROOT,
                    "%s over tissue: mean %.4f, p5 %.4f, median %.4f, p95 %.4f (rgb2hed units)%n",
                    stain.stain().name().toLowerCase(Locale.ROOT),
                    stain.mean(),
                    stain.p05(),
                    stain.p50(),
                    stain.p95());
        }
    }

    /** The file name without its slide extension ({@code .ome.tif} counts as one). */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String compound : new String[] {".ome.tiff", ".ome.tif"}) {
            if (lower.endsWith(compound)) {
                return name.substring(0, name.length() - compound.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
