package org.precis.report.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * A scale bar for an image of known µm per pixel: a round length (1, 2 or 5 times a power of ten
 * µm) near a fifth of the image's width, labelled in µm or mm.
 *
 * @param umPerPixel µm per image pixel
 * @param lengthUm the bar's length
 */
public record ScaleBar(double umPerPixel, double lengthUm) {

    public ScaleBar {
        if (!(umPerPixel > 0) || !(lengthUm > 0)) {
            throw new IllegalArgumentException("scale bar needs a positive pixel size and length");
        }
    }

    /** A bar about a fifth of {@code imageWidth} pixels long. */
    public static ScaleBar fitting(int imageWidth, double umPerPixel) {
        double rough = imageWidth * umPerPixel / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double length = magnitude;
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * magnitude <= rough) {
                length = factor * magnitude;
            }
        }
        return new ScaleBar(umPerPixel, length);
    }

    public int lengthPx() {
        return (int) Math.round(lengthUm / umPerPixel);
    }

    public String label() {
        if (lengthUm >= 1000) {
            double mm = lengthUm / 1000;
            return (mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm)) + " mm";
        }
        return (lengthUm == Math.rint(lengthUm) ? Long.toString((long) lengthUm) : Double.toString(lengthUm)) + " µm";
    }

    /** Paints the bar on a white box in the bottom left corner of an image {@code height} tall. */
    public void paint(Graphics2D g, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        FontMetrics metrics = g.getFontMetrics();
        int boxWidth = Math.max(lengthPx(), metrics.stringWidth(label())) + 16;
        int boxHeight = metrics.getHeight() + 18;
        int x = 8;
        int y = height - boxHeight - 8;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x, y, boxWidth, boxHeight);
        g.setColor(Color.BLACK);
        g.drawString(label(), x + 8, y + 4 + metrics.getAscent());
        g.setStroke(new BasicStroke(4f));
        int barY = y + boxHeight - 8;
        g.drawLine(x + 8, barY, x + 8 + lengthPx(), barY);
    }
}
