package org.precis.report.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A picture of known size drawn with Java 2D, which works headless. Painting is separate from
 * encoding so that the same drawing can go to a PNG, a report page or a vector format.
 */
public interface Figure {

    int width();

    int height();

    /** Paints the figure with its top left corner at the graphics' origin. */
    void paint(Graphics2D g);

    /** The figure as an RGB image on white. */
    default BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width(), height());
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
