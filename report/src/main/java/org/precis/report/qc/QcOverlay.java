package org.precis.report.qc;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.imaging.qc.FocusTile;
import org.precis.imaging.qc.QualityReport;
import org.precis.imaging.qc.SlideQuality;
import org.precis.imaging.tissue.PenMarks;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ScaleBar;
import org.precis.slide.RgbImage;

/**
 * What quality control found, drawn on the slide's thumbnail: the usable tissue outlined, pen ink
 * filled, the tiles checked for focus framed (sharp) or filled (out of focus), each in its own
 * colour-blind-safe colour (Okabe and Ito) named in the legend.
 */
public final class QcOverlay {

    static final int TISSUE = 0x009E73;
    static final int PEN = 0xCC79A7;
    static final int BLURRED = 0xD55E00;
    static final int SHARP = 0x56B4E9;

    private QcOverlay() {}

    /**
     * @param thumbnail the slide's thumbnail
     * @param level0PerPixel level-0 pixels per thumbnail pixel
     * @param quality what quality control found
     */
    public static AnnotatedImage of(RgbImage thumbnail, double level0PerPixel, SlideQuality quality) {
        BufferedImage image = thumbnail.toBufferedImage();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintPen(image, quality.penMarks());
            for (FocusTile tile : quality.focusTiles()) {
                paintFocusTile(g, tile, level0PerPixel);
            }
            g.setColor(new Color(TISSUE));
            g.setStroke(new BasicStroke(2.5f));
            for (Polygon polygon : quality.outlines()) {
                g.draw(path(polygon, level0PerPixel));
            }
        } finally {
            g.dispose();
        }
        QualityReport report = quality.report();
        List<LegendEntry> legend = List.of(
                new LegendEntry("usable tissue (outline)", TISSUE),
                new LegendEntry("pen ink", PEN),
                new LegendEntry("out of focus (" + report.focusTilesOutOfFocus() + " tiles)", BLURRED),
                new LegendEntry(
                        "checked, in focus (" + (report.focusTilesChecked() - report.focusTilesOutOfFocus())
                                + " tiles)",
                        SHARP));
        Caption caption = Caption.of(
                String.format(
                        Locale.ROOT,
                        "Usable tissue %.2f mm² in %d region%s (of %.2f mm²"
                                + " detected): background, pen ink and out-of-focus tiles left out.",
                        report.tissueAreaMm2(),
                        report.tissueRegions(),
                        report.tissueRegions() == 1 ? "" : "s",
                        report.detectedTissueAreaMm2()),
                String.format(
                        Locale.ROOT,
                        "Focus: %d of %d tissue tiles checked at %.2f µm/px are out of focus "
                                + "(%.1f%%), Laplacian variance below the threshold. Pen ink: %.3f mm².",
                        report.focusTilesOutOfFocus(),
                        report.focusTilesChecked(),
                        report.focusMpp(),
                        100 * report.outOfFocusFraction(),
                        report.penMarks().totalMm2()));
        return AnnotatedImage.withSwatches(
                RgbImage.of(image),
                Optional.of(ScaleBar.fitting(thumbnail.width(), report.slideMpp() * level0PerPixel)),
                legend,
                caption);
    }

    /** Blends the pen colour into every thumbnail pixel whose pen-mask pixel is ink. */
    private static void paintPen(BufferedImage image, PenMarks pen) {
        if (pen.inkPixels() == 0) {
            return;
        }
        double sx = (double) pen.width() / image.getWidth();
        double sy = (double) pen.height() / image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            int py = Math.min(pen.height() - 1, (int) ((y + 0.5) * sy));
            for (int x = 0; x < image.getWidth(); x++) {
                int px = Math.min(pen.width() - 1, (int) ((x + 0.5) * sx));
                if (pen.isInk(px, py)) {
                    image.setRGB(x, y, blend(image.getRGB(x, y), PEN, 0.7));
                }
            }
        }
    }

    private static void paintFocusTile(Graphics2D g, FocusTile focus, double level0PerPixel) {
        Tile tile = focus.tile();
        int x = (int) Math.round(tile.x() / level0PerPixel);
        int y = (int) Math.round(tile.y() / level0PerPixel);
        int w = Math.max(1, (int) Math.round(tile.width() / level0PerPixel));
        int h = Math.max(1, (int) Math.round(tile.height() / level0PerPixel));
        if (focus.outOfFocus()) {
            g.setColor(new Color(BLURRED >> 16 & 0xFF, BLURRED >> 8 & 0xFF, BLURRED & 0xFF, 130));
            g.fillRect(x, y, w, h);
            g.setColor(new Color(BLURRED));
        } else {
            g.setColor(new Color(SHARP));
        }
        g.setStroke(new BasicStroke(1.2f));
        g.drawRect(x, y, w, h);
    }

    private static Path2D path(Polygon polygon, double level0PerPixel) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Ring ring : polygon.rings()) {
            boolean first = true;
            for (Vertex vertex : ring.vertices()) {
                double x = vertex.x() / level0PerPixel;
                double y = vertex.y() / level0PerPixel;
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

    private static int blend(int under, int over, double alpha) {
        int r = (int) Math.round((under >> 16 & 0xFF) * (1 - alpha) + (over >> 16 & 0xFF) * alpha);
        int gr = (int) Math.round((under >> 8 & 0xFF) * (1 - alpha) + (over >> 8 & 0xFF) * alpha);
        int b = (int) Math.round((under & 0xFF) * (1 - alpha) + (over & 0xFF) * alpha);
        return r << 16 | gr << 8 | b;
    }
}
