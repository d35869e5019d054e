package org.precis.imaging.heatmap;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.precis.slide.RgbImage;

/**
 * A legend band under an overlay: one colour swatch per entry with its label, and a caption line
 * (what made the image). Drawn with Java 2D, which works headless.
 */
public final class Legend {

    private static final int ROW_PX = 22;
    private static final int MARGIN_PX = 8;

    private final List<LegendEntry> entries;
    private final String caption;

    public Legend(List<LegendEntry> entries, String caption) {
        this.entries = List.copyOf(entries);
        this.caption = caption;
    }

    /** A new image: {@code image} on top, the legend band below it, as wide as the image. */
    public RgbImage below(RgbImage image) {
        int band = MARGIN_PX * 2 + ROW_PX * 2;
        BufferedImage canvas = new BufferedImage(image.width(), image.height() + band, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.drawImage(image.toBufferedImage(), 0, 0, null);
            g.setColor(Color.WHITE);
            g.fillRect(0, image.height(), image.width(), band);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics metrics = g.getFontMetrics();
            int x = MARGIN_PX;
            int y = image.height() + MARGIN_PX;
            for (LegendEntry entry : entries) {
                g.setColor(new Color(entry.rgb()));
                g.fillRect(x, y + 3, 14, 14);
                g.setColor(Color.DARK_GRAY);
                g.drawString(entry.label(), x + 20, y + 3 + metrics.getAscent() - 1);
                x += 20 + metrics.stringWidth(entry.label()) + 16;
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(caption, MARGIN_PX, y + ROW_PX + 3 + metrics.getAscent() - 1);
        } finally {
            g.dispose();
        }
        return RgbImage.of(canvas);
    }
}
