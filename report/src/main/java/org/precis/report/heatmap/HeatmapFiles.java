package org.precis.report.heatmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precis.imaging.heatmap.Colormap;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.imaging.heatmap.MeasuredTile;
import org.precis.imaging.heatmap.TileColour;
import org.precis.imaging.heatmap.TileMeasurementsGeoJson;
import org.precis.imaging.heatmap.TileOverlay;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.learn.heatmap.HeatmapProvenance;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.heatmap.TilePrediction;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ColourBar;
import org.precis.report.figure.PngFile;
import org.precis.report.figure.ScaleBar;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * The files of one slide's heatmap: {@code STEM.heatmap.png} (each tile in its predicted class's
 * colour, more opaque the surer the model), {@code STEM.heatmap.CLASS.png} (each class's
 * probability in viridis), both over the slide in pale grey with a scale bar, a key and a caption;
 * {@code STEM.heatmap.geojson} (QuPath tile measurements) and {@code STEM.heatmap.json}
 * (provenance, intended use, class fractions).
 */
public final class HeatmapFiles {

    /** Okabe and Ito's colour-blind-safe palette, one colour a class in the model's order. */
    private static final int[] CLASS_COLOURS = {0xE69F00, 0x56B4E9, 0x009E73, 0xD55E00, 0x0072B2, 0xCC79A7, 0xF0E442};

    private static final int THUMBNAIL_PX = 1024;
    private static final double PROBABILITY_OPACITY = 0.85;

    private final Path folder;
    private final String stem;
    private final List<String> classDisplayNames;

    /** @param classDisplayNames the names a reader sees for the classes, in the model's order */
    public HeatmapFiles(Path folder, String stem, List<String> classDisplayNames) {
        this.folder = folder;
        this.stem = stem;
        this.classDisplayNames = List.copyOf(classDisplayNames);
    }

    /**
     * The files written, overlay first.
     *
     * @param slideMpp the slide's level-0 µm/px (stated or given), for the scale bar
     */
    public List<Path> write(Slide slide, SlidePredictions predictions, HeatmapProvenance provenance, double slideMpp)
            throws IOException, SlideException {
        List<String> classes = predictions.classNames();
        if (classes.size() != classDisplayNames.size()) {
            throw new IllegalArgumentException(
                    classDisplayNames.size() + " display names for " + classes.size() + " predicted classes");
        }
        RgbImage thumbnail = slide.thumbnail(THUMBNAIL_PX);
        double downsample = (double) slide.levels().get(0).width() / thumbnail.width();
        Optional<ScaleBar> scaleBar = slideMpp > 0 && Double.isFinite(slideMpp)
                ? Optional.of(ScaleBar.fitting(thumbnail.width(), slideMpp * downsample))
                : Optional.empty();
        TileOverlay overlay = new TileOverlay(NeutralBackground.of(thumbnail), downsample);
        List<Path> written = new ArrayList<>();
        String model = "Model " + provenance.model() + " on encoder " + provenance.encoder()
                + ": research use only, not a diagnosis.";
        String uncoloured = String.format(
                Locale.ROOT,
                "Uncoloured: tiles with less than %.0f%% tissue, not "
                        + "predicted. Background: the slide in pale grey.",
                100 * provenance.tiles().minTissueFraction());
        Path classMap = folder.resolve(stem + ".heatmap.png");
        List<LegendEntry> swatches = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            swatches.add(new LegendEntry(classDisplayNames.get(k), classColour(k)));
        }
        Caption classCaption = Caption.of(
                String.format(
                        Locale.ROOT,
                        "Colour: the class the model predicts for each "
                                + "tile. Opacity: how sure it is, from faint (all %d classes equally likely) to strong (certain).",
                        classes.size()),
                uncoloured,
                model);
        PngFile.write(
                AnnotatedImage.withSwatches(
                        overlay.paint(predictedClassColours(predictions)), scaleBar, swatches, classCaption),
                classMap);
        written.add(classMap);
        for (int k = 0; k < classes.size(); k++) {
            Path probability = folder.resolve(stem + ".heatmap." + classes.get(k) + ".png");
            String name = classDisplayNames.get(k);
            Caption caption = Caption.of(
                    "Colour: the model's probability of " + name + " in each tile (viridis: "
                            + "perceptually uniform, 0 dark purple to 1 yellow), at one opacity for every tile.",
                    uncoloured,
                    model);
            PngFile.write(
                    AnnotatedImage.withColourBar(
                            overlay.paint(probabilityColours(predictions, k)),
                            scaleBar,
                            new ColourBar(Colormap.VIRIDIS, "P(" + name + ")"),
                            caption),
                    probability);
            written.add(probability);
        }
        Path geoJson = folder.resolve(stem + ".heatmap.geojson");
        ObjectMapper mapper = JsonMappers.snakeCase();
        ObjectNode report = report(mapper, predictions, provenance);
        new TileMeasurementsGeoJson().write(geoJson, measuredTiles(predictions), report);
        written.add(geoJson);
        Path json = folder.resolve(stem + ".heatmap.json");
        String text = mapper.writeValueAsString(report) + "\n";
        AtomicFile.writeString(json, text);
        written.add(json);
        return written;
    }

    static ObjectNode report(ObjectMapper mapper, SlidePredictions predictions, HeatmapProvenance provenance) {
        ObjectNode report = mapper.valueToTree(provenance);
        report.put("intended_use", provenance.intendedUse(predictions.classNames()));
        report.put("tiles_predicted", predictions.tiles().size());
        report.put("tiles_skipped", predictions.skippedTiles());
        ObjectNode fractions = report.putObject("predicted_class_fractions");
        double[] shares = predictions.classFractions();
        for (int k = 0; k < shares.length; k++) {
            fractions.put(predictions.classNames().get(k), shares[k]);
        }
        return report;
    }

    public static int classColour(int classIndex) {
        return CLASS_COLOURS[classIndex % CLASS_COLOURS.length];
    }

    private static List<TileColour> predictedClassColours(SlidePredictions predictions) {
        int classes = predictions.classNames().size();
        List<TileColour> colours = new ArrayList<>();
        for (TilePrediction tile : predictions.tiles()) {
            int best = tile.predictedClass();
            double chance = 1.0 / classes;
            double sureness = (tile.probabilities()[best] - chance) / (1 - chance);
            colours.add(new TileColour(tile.tile().tile(), classColour(best), 0.25 + 0.5 * sureness));
        }
        return colours;
    }

    private static List<TileColour> probabilityColours(SlidePredictions predictions, int classIndex) {
        List<TileColour> colours = new ArrayList<>();
        for (TilePrediction tile : predictions.tiles()) {
            colours.add(new TileColour(
                    tile.tile().tile(), Colormap.VIRIDIS.rgb(tile.probabilities()[classIndex]), PROBABILITY_OPACITY));
        }
        return colours;
    }

    static List<MeasuredTile> measuredTiles(SlidePredictions predictions) {
        List<MeasuredTile> tiles = new ArrayList<>();
        for (TilePrediction tile : predictions.tiles()) {
            Map<String, Double> measurements = new LinkedHashMap<>();
            double[] p = tile.probabilities();
            for (int k = 0; k < p.length; k++) {
                measurements.put("P(" + predictions.classNames().get(k) + ")", p[k]);
            }
            measurements.put("Tissue fraction", tile.tile().tissueFraction());
            int best = tile.predictedClass();
            tiles.add(new MeasuredTile(
                    tile.tile().tile(), predictions.classNames().get(best), classColour(best), measurements));
        }
        return tiles;
    }
}
