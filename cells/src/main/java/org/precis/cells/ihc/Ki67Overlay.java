package org.precis.cells.ihc;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.slide.RgbImage;

/**
 * The scored image with every nucleus outlined in its class's QuPath colour, the hot spot circled
 * and a caption with the index, for a pathologist to check the calls against the stain.
 */
public final class Ki67Overlay {

    private static final int CAPTION_PX = 44;

    private Ki67Overlay() {}

    public static BufferedImage draw(RgbImage image, Ki67Result result, CellLabels labels) {
        int width = image.width();
        int height = image.height();
        BufferedImage out = new BufferedImage(width, height + CAPTION_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(image.toBufferedImage(), 0, 0, null);
            float stroke = (float) Math.max(1.5, Math.min(width, height) / 1000.0);
            g.setStroke(new BasicStroke(stroke));
            for (ScoredCell cell : result.cells()) {
                g.setColor(new Color(labels.colour(cell.bin())));
                g.draw(path(cell.nucleus().outline().exterior()));
            }
            result.hotspot().ifPresent(h -> {
                double r = h.diameterUm() / 2 / result.mpp();
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(
                        2 * stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
                g.draw(new Ellipse2D.Double(h.centreX() - r, h.centreY() - r, 2 * r, 2 * r));
            });
            g.setColor(Color.WHITE);
            g.fillRect(0, height, width, CAPTION_PX);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            g.drawString(caption(result, labels), 8, height + 18);
            drawLegend(g, labels, 8, height + 38);
        } finally {
            g.dispose();
        }
        return out;
    }

    static String caption(Ki67Result result, CellLabels labels) {
        String hotspot = result.hotspot()
                .map(h -> String.format(
                        Locale.ROOT,
                        "; hot spot (dashed, %.0f µm) %.1f%% of %d",
                        h.diameterUm(),
                        h.positivePercent(),
                        h.cells()))
                .orElse("");
        String score = labels == CellLabels.INTENSITY_BINS
                ? String.format(Locale.ROOT, ", H-score %.0f", result.hScore())
                : "";
        return String.format(
                Locale.ROOT,
                "Ki67 %.1f%% (%d of %d nuclei positive, DAB mean ≥ %.3f OD)%s%s. Research use, not a diagnosis.",
                result.positivePercent(),
                result.positive(),
                result.cells().size(),
                result.thresholds().positive(),
                score,
                hotspot);
    }

    /** One swatch and name a class, then the hot spot's dashed circle. */
    private static void drawLegend(Graphics2D g, CellLabels labels, int x, int baseline) {
        List<IntensityBin> bins = labels == CellLabels.INTENSITY_BINS
                ? List.of(IntensityBin.values())
                : List.of(IntensityBin.NEGATIVE, IntensityBin.STRONG);
        int at = x;
        for (IntensityBin bin : bins) {
            g.setColor(new Color(labels.colour(bin)));
            g.fillRect(at, baseline - 12, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(labels.name(bin), at + 20, baseline);
            at += 20 + g.getFontMetrics().stringWidth(labels.name(bin)) + 16;
        }
        g.drawString("(nucleus outlines; dashed circle: hot spot)", at, baseline);
    }

    private static Path2D path(Ring ring) {
        Path2D.Double path = new Path2D.Double();
        List<Vertex> vertices = ring.vertices();
        path.moveTo(vertices.get(0).x(), vertices.get(0).y());
        for (int i = 1; i < vertices.size(); i++) {
            path.lineTo(vertices.get(i).x(), vertices.get(i).y());
        }
        path.closePath();
        return path;
    }
}
