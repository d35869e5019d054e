package org.precis.casework.heatmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.learn.heatmap.PatchModelHeatmap;
import org.precis.learn.heatmap.SlideHeatmapResult;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.heatmap.TilePrediction;
import org.precis.learn.heatmap.TileSelection;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchModels;
import org.precis.report.heatmap.HeatmapLayers;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * A patch model's heatmap of a slide as a case analysis, through the same {@link PatchModelHeatmap}
 * as {@code slide heatmap} (same tiles: {@link TileSelection#defaults()}): the findings are the
 * number of tissue tiles predicted and the fraction of them whose most probable class is each
 * class, with a 95% Wilson score interval over the tiles (it takes tiles as independent, while
 * neighbouring tiles are alike, so it is narrower than the uncertainty between slides), and the
 * most frequent class; a slide whose stain is not the model's gets a finding that says so. The
 * overlays are one transparent PNG per class probability spanning the slide (view {@code heatmap},
 * viridis) and the tiles as GeoJSON with every class probability (view {@code class}).
 */
public final class HeatmapCaseAnalysis {
    public static final String KIND = "heatmap";
    private static final double LEVEL = 0.95;

    private final PatchModels models;
    private final OnnxEncoderOptions options;
    private final String software;

    /**
     * @param dataRoot the data folder whose {@code models/} holds the shipped encoders
     * @param threads inference threads
     */
    public HeatmapCaseAnalysis(Path dataRoot, int threads, String software) {
        this.models = new PatchModels(dataRoot);
        this.options = new OnnxEncoderOptions(Math.max(1, threads), 64);
        this.software = software;
    }

    public CaseAnalysis run(Slides engine, Path slideFile, String slideId, Path modelFile)
            throws IOException, SlideException, EncoderException {
        try (PatchModelHeatmap heatmap = PatchModelHeatmap.open(models, modelFile, options, software);
                Slide slide = engine.open(slideFile)) {
            SlideHeatmapResult result =
                    heatmap.predict(slideFile, slide, heatmap.plan(slide, TileSelection.defaults()), done -> {});
            long width = slide.levels().get(0).width();
            long height = slide.levels().get(0).height();
            return new CaseAnalysis(
                    KIND,
                    Optional.of(slideId),
                    findings(heatmap.model(), result),
                    overlays(heatmap.model(), result, width, height),
                    provenance(heatmap, result, slideFile));
        }
    }

    private static List<Finding> findings(PatchClassifier model, SlideHeatmapResult result) {
        SlidePredictions predictions = result.predictions();
        int n = predictions.tiles().size();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.quantity("tiles", "Tissue tiles predicted", n, "1"));
        if (n > 0) {
            int[] counts = new int[model.classNames().size()];
            for (TilePrediction tile : predictions.tiles()) {
                counts[tile.predictedClass()]++;
            }
            int most = 0;
            for (int k = 0; k < counts.length; k++) {
                var wilson = new WilsonScoreInterval().createInterval(n, counts[k], LEVEL);
                findings.add(Finding.quantity(
                                "fraction_" + key(model.classNames().get(k)),
                                "Tiles predicted " + model.classDisplayNames().get(k),
                                (double) counts[k] / n,
                                "1")
                        .withInterval(
                                new Finding.Interval(wilson.getLowerBound(), wilson.getUpperBound(), LEVEL),
                                "Wilson score interval over the tiles, taken as independent"
                                        + " (neighbouring tiles are alike, so it is too narrow)"));
                most = counts[k] > counts[most] ? k : most;
            }
            findings.add(Finding.category(
                    "most_frequent_class",
                    "Most frequent tile class",
                    model.classDisplayNames().get(most)));
        }
        if (!result.planned().stain().consistent()) {
            findings.add(Finding.category(
                    "stain_warning",
                    "Stain",
                    "the model was trained on " + result.planned().stain().expectedStain()
                            + " patches but this slide's "
                            + result.planned().stain().finding()
                            + "; its class fractions here mean nothing"));
        }
        return findings;
    }

    private static List<Overlay> overlays(PatchClassifier model, SlideHeatmapResult result, long width, long height)
            throws IOException {
        HeatmapLayers layers = new HeatmapLayers();
        List<Overlay> overlays = new ArrayList<>();
        for (int k = 0; k < model.classNames().size(); k++) {
            overlays.add(new Overlay(
                    "heatmap-" + key(model.classNames().get(k)).replace('_', '-'),
                    model.classDisplayNames().get(k) + " probability",
                    Overlay.PNG,
                    "heatmap",
                    layers.probabilityPng(width, height, result.predictions(), k)));
        }
        overlays.add(new Overlay(
                "heatmap-tiles",
                "Heatmap tiles (predicted class)",
                Overlay.GEOJSON,
                "class",
                layers.tilesGeoJson(result.predictions(), result.provenance())));
        return overlays;
    }

    private Map<String, Object> provenance(PatchModelHeatmap heatmap, SlideHeatmapResult result, Path slideFile) {
        var made = result.provenance();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("slide_file", slideFile.getFileName().toString());
        provenance.put("slide_sha256", made.slideSha256());
        provenance.put("slide_mpp", result.slideMpp());
        provenance.put("model", heatmap.modelFile().getFileName().toString());
        provenance.put("model_sha256", made.modelSha256());
        provenance.put("encoder", made.encoder());
        provenance.put("encoder_sha256", made.encoderSha256());
        provenance.put(
                "training",
                Map.of(
                        "data_sha256", made.training().dataSha256(),
                        "patches", made.training().trainingCount(),
                        "trained_at_utc", made.training().trainedAtUtc(),
                        "metrics", made.training().metrics()));
        provenance.put(
                "parameters",
                Map.of(
                        "tile_px", made.tiles().tileSizePx(),
                        "tile_mpp", made.tiles().targetMpp(),
                        "min_tissue_fraction", made.tiles().minTissueFraction(),
                        "colour_scale", HeatmapLayers.COLOURS.name().toLowerCase(Locale.ROOT)));
        provenance.put("tiles_skipped", result.predictions().skippedTiles());
        provenance.put(
                "stain_check",
                Map.of(
                        "expected", made.stainCheck().expectedStain(),
                        "consistent", made.stainCheck().consistent(),
                        "finding", made.stainCheck().finding()));
        provenance.put("intended_use", made.intendedUse(heatmap.model().classNames()));
        return provenance;
    }

    /** A class name as a finding key's part: lower case, anything else than a letter or digit as {@code _}. */
    private static String key(String className) {
        return className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
