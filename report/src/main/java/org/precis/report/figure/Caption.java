package org.precis.report.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of explanatory text under a figure (what the lines mean, how groups were made),
 * wrapped to a width. Each paragraph starts on a new line.
 */
public record Caption(List<String> paragraphs) {

    public static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int LINE_PX = 16;

    public Caption {
        paragraphs = List.copyOf(paragraphs);
    }

    public static Caption of(String... paragraphs) {
        return new Caption(List.of(paragraphs));
    }

    /** Height of the wrapped text at {@code width} pixels. */
    public int height(int width) {
        return lines(width).size() * LINE_PX;
    }

    /** Paints the wrapped text with its top left corner at ({@code x}, {@code y}). */
    public void paint(Graphics2D g, int x, int y, int width) {
        g.setFont(FONT);
        g.setColor(new Color(0x333333));
        int ascent = g.getFontMetrics().getAscent();
        int line = 0;
        for (String text : lines(width)) {
            g.drawString(text, x, y + line++ * LINE_PX + ascent);
        }
    }

    private List<String> lines(int width) {
        FontMetrics metrics = metrics();
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(longer) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(FONT);
        } finally {
            g.dispose();
        }
    }
}
