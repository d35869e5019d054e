package org.precis.casework.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.report.casereport.KeyImage;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewOverlay;
import org.precis.store.cases.OverlayInfo;

/**
 * The report's key images: the charts analyses recorded (a predicted survival curve), and for each
 * analysis of a slide that recorded GeoJSON overlays (the tissue
 * outline of QC, the scored nuclei of Ki-67), the slide's thumbnail with those polygons drawn in
 * their classification's colour. The overlays are read by the analysis ids of the snapshot (an
 * analysis and its overlays never change once recorded); the thumbnail needs the slide in the slide
 * folders, and a slide that is not there (or cannot be read) simply has no key image.
 */
final class KeyImages {
    /** The longer side of a key image, in pixels. */
    static final int MAX_SIZE = 720;

    /** The overlay view of a chart that belongs to the report, not over the slide. */
    private static final String CHART = "chart";

    private static final Color DEFAULT_COLOUR = new Color(0x00, 0x9E, 0x73);

    private final Cases cases;
    private final SlideLibrary library;
    private final Slides engine;
    private final ObjectMapper json;

    KeyImages(Cases cases, SlideLibrary library, Slides engine, ObjectMapper json) {
        this.cases = cases;
        this.library = library;
        this.engine = engine;
        this.json = json;
    }

    List<KeyImage> of(JsonNode snapshot) {
        List<KeyImage> images = new ArrayList<>();
        for (JsonNode analysis : snapshot.path("analyses")) {
            charts(analysis, images);
            JsonNode slideId = analysis.path("slide_id");
            if (!slideId.isTextual()) {
                continue;
            }
            long analysisId = analysis.path("id").asLong();
            List<NewOverlay> overlays = new ArrayList<>();
            for (OverlayInfo info : cases.overlays(analysisId)) {
                if (info.mediaType().equals("application/geo+json")) {
                    cases.overlay(analysisId, info.kind()).ifPresent(overlays::add);
                }
            }
            Optional<LibrarySlide> file = library.find(slideId.asText());
            if (overlays.isEmpty() || file.isEmpty()) {
                continue;
            }
            image(analysis.path("kind").asText(), analysisId, file.get(), overlays)
                    .ifPresent(images::add);
        }
        return images;
    }

    /** The charts an analysis recorded (the predicted survival curve of a risk analysis), as they are. */
    private void charts(JsonNode analysis, List<KeyImage> images) {
        long analysisId = analysis.path("id").asLong();
        for (OverlayInfo info : cases.overlays(analysisId)) {
            if (info.view().equals(CHART) && info.mediaType().equals("image/png")) {
                cases.overlay(analysisId, info.kind())
                        .ifPresent(chart -> images.add(new KeyImage(
                                chart.label(),
                                chart.content(),
                                chart.label() + ", as the "
                                        + analysis.path("kind").asText() + " analysis " + analysisId + " drew it.")));
            }
        }
    }

    private Optional<KeyImage> image(String kind, long analysisId, LibrarySlide file, List<NewOverlay> overlays) {
        BufferedImage image;
        double level0PerPixel;
        try (Slide slide = engine.open(file.file())) {
            RgbImage thumbnail = slide.thumbnail(MAX_SIZE);
            image = thumbnail.toBufferedImage();
            level0PerPixel = slide.levels().get(0).width() / (double) image.getWidth();
        } catch (SlideException e) {
            return Optional.empty();
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(1.5f));
            for (NewOverlay overlay : overlays) {
                draw(g, overlay, level0PerPixel);
            }
        } finally {
            g.dispose();
        }
        String drawn =
                String.join(", ", overlays.stream().map(NewOverlay::label).toList());
        return Optional.of(new KeyImage(
                kind.toUpperCase(Locale.ROOT) + " on " + file.name(),
                png(image),
                drawn + " of analysis " + analysisId + " drawn on the slide's thumbnail (" + image.getWidth() + " x "
                        + image.getHeight() + " px, " + String.format(Locale.ROOT, "%.1f", level0PerPixel)
                        + " level-0 px per px)."));
    }

    private void draw(Graphics2D g, NewOverlay overlay, double level0PerPixel) {
        JsonNode collection;
        try {
            collection = json.readTree(overlay.content());
        } catch (IOException e) {
            throw new IllegalStateException("overlay " + overlay.kind() + " is not JSON: " + e.getMessage(), e);
        }
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometry = feature.path("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "Polygon" -> polygons.add(geometry.path("coordinates"));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(polygons::add);
                default -> {
                    continue;
                }
            }
            g.setColor(colour(feature.path("properties").path("classification").path("color")));
            for (JsonNode polygon : polygons) {
                g.draw(path(polygon, level0PerPixel));
            }
        }
    }

    private static Path2D path(JsonNode rings, double level0PerPixel) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode vertex : ring) {
                double x = vertex.path(0).asDouble() / level0PerPixel;
                double y = vertex.path(1).asDouble() / level0PerPixel;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    /** QuPath's classification colour, an {@code [r, g, b]} array. */
    private static Color colour(JsonNode rgb) {
        if (rgb.isArray() && rgb.size() == 3) {
            return new Color(
                    clamp(rgb.get(0).asInt()),
                    clamp(rgb.get(1).asInt()),
                    clamp(rgb.get(2).asInt()));
        }
        return DEFAULT_COLOUR;
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a key image as PNG", e);
        }
        return out.toByteArray();
    }
}
