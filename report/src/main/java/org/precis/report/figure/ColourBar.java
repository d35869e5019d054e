package org.precis.report.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.precis.imaging.heatmap.Colormap;

/**
 * A continuous colour bar for a value in [0, 1] (a probability): the colormap as a gradient with
 * ticks at 0, 0.25, 0.5, 0.75 and 1, and its title on the left.
 *
 * @param colormap the scale
 * @param title what the value is, e.g. {@code P(lung adenocarcinoma)}
 */
public record ColourBar(Colormap colormap, String title) {

    static final int HEIGHT = 44;
    private static final double[] TICKS = {0, 0.25, 0.5, 0.75, 1};

    /** Paints the bar in a band {@code width} wide with its top left corner at ({@code x}, {@code y}). */
    public void paint(Graphics2D g, int x, int y, int width) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Color.DARK_GRAY);
        g.drawString(title, x, y + 4 + metrics.getAscent());
        int left = x + metrics.stringWidth(title) + 16;
        int right = Math.max(left + 100, x + width - 12);
        int barHeight = 16;
        for (int px = left; px <= right; px++) {
            g.setColor(new Color(colormap.rgb((double) (px - left) / (right - left))));
            g.drawLine(px, y + 4, px, y + 4 + barHeight);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(left, y + 4, right - left, barHeight);
        for (double tick : TICKS) {
            int px = left + (int) Math.round(tick * (right - left));
            g.drawLine(px, y + 4 + barHeight, px, y + 8 + barHeight);
            String label = tick == 0 || tick == 1 ? Integer.toString((int) tick) : Double.toString(tick);
            int textX = Math.min(px - metrics.stringWidth(label) / 2, right - metrics.stringWidth(label));
            g.drawString(label, textX, y + 10 + barHeight + metrics.getAscent());
        }
    }
}
