package org.precis.report.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.slide.RgbImage;

/**
 * An image (a heatmap, a QC overlay) with what a reader needs to read it: a scale bar on the image (when the pixel
 * size is known), below it the key (class swatches or a continuous colour bar) and a caption.
 */
public final class AnnotatedImage implements Figure {

    private static final int MIN_WIDTH = 720;
    private static final int MARGIN = 10;
    private static final int SWATCH_ROW = 24;

    private final BufferedImage image;
    private final Optional<ScaleBar> scaleBar;
    private final List<LegendEntry> swatches;
    private final Optional<ColourBar> colourBar;
    private final Caption caption;

    private AnnotatedImage(
            RgbImage image,
            Optional<ScaleBar> scaleBar,
            List<LegendEntry> swatches,
            Optional<ColourBar> colourBar,
            Caption caption) {
        this.image = image.toBufferedImage();
        this.scaleBar = scaleBar;
        this.swatches = List.copyOf(swatches);
        this.colourBar = colourBar;
        this.caption = caption;
    }

    /** A map of categories, keyed by colour swatches. */
    public static AnnotatedImage withSwatches(
            RgbImage image, Optional<ScaleBar> scaleBar, List<LegendEntry> swatches, Caption caption) {
        return new AnnotatedImage(image, scaleBar, swatches, Optional.empty(), caption);
    }

    /** A map of a value in [0, 1], keyed by a continuous colour bar. */
    public static AnnotatedImage withColourBar(
            RgbImage image, Optional<ScaleBar> scaleBar, ColourBar colourBar, Caption caption) {
        return new AnnotatedImage(image, scaleBar, List.of(), Optional.of(colourBar), caption);
    }

    public Optional<ScaleBar> scaleBar() {
        return scaleBar;
    }

    public List<LegendEntry> swatches() {
        return swatches;
    }

    public Optional<ColourBar> colourBar() {
        return colourBar;
    }

    public Caption caption() {
        return caption;
    }

    @Override
    public int width() {
        return Math.max(MIN_WIDTH, image.getWidth());
    }

    @Override
    public int height() {
        return image.getHeight() + MARGIN + keyHeight() + MARGIN + caption.height(width() - 2 * MARGIN) + MARGIN;
    }

    private int keyHeight() {
        return colourBar.isPresent() ? ColourBar.HEIGHT : SWATCH_ROW * swatchRows();
    }

    /** Swatches wrap onto as many rows as the width needs. */
    private int swatchRows() {
        return swatchPositions().length == 0 ? 0 : swatchPositions()[swatchPositions().length - 1][1] + 1;
    }

    /** Per swatch, its x and its row. */
    private int[][] swatchPositions() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int[][] positions = new int[swatches.size()][];
        int x = MARGIN;
        int row = 0;
        for (int i = 0; i < swatches.size(); i++) {
            int width = 20 + metrics.stringWidth(swatches.get(i).label()) + 20;
            if (x + width > width() - MARGIN && x > MARGIN) {
                row++;
                x = MARGIN;
            }
            positions[i] = new int[] {x, row};
            x += width;
        }
        return positions;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        int left = (width() - image.getWidth()) / 2;
        g.drawImage(image, left, 0, null);
        scaleBar.ifPresent(bar -> {
            Graphics2D onImage = (Graphics2D) g.create(left, 0, image.getWidth(), image.getHeight());
            try {
                bar.paint(onImage, image.getHeight());
            } finally {
                onImage.dispose();
            }
        });
        int top = image.getHeight() + MARGIN;
        if (colourBar.isPresent()) {
            colourBar.get().paint(g, MARGIN, top, width() - 2 * MARGIN);
        } else {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics metrics = g.getFontMetrics();
            int[][] positions = swatchPositions();
            for (int i = 0; i < swatches.size(); i++) {
                int y = top + positions[i][1] * SWATCH_ROW;
                g.setColor(new Color(swatches.get(i).rgb()));
                g.fillRect(positions[i][0], y + 3, 14, 14);
                g.setColor(Color.DARK_GRAY);
                g.drawString(swatches.get(i).label(), positions[i][0] + 20, y + 2 + metrics.getAscent());
            }
        }
        caption.paint(g, MARGIN, top + keyHeight() + MARGIN, width() - 2 * MARGIN);
    }
}
