package org.precis.report.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.knowm.xchart.XYChart;

/**
 * Where an XChart plot sits in a figure: at the top, from {@code left}, {@code width} by
 * {@code height} pixels. Paints the figure's white ground and the plot; what a chart adds under or
 * over the plot (grid lines, labels at data points) is drawn in the plot's own coordinates.
 */
public record ChartArea(XYChart chart, int left, int width, int height) {

    private static final Consumer<Graphics2D> NOTHING = plot -> {};

    /** The figure's white ground and the plot alone. */
    public void paintOnWhite(Graphics2D g, Figure figure) {
        paintOnWhite(g, figure, NOTHING, NOTHING);
    }

    /** The figure's white ground, then {@code under}, the plot and {@code over} in the plot's area. */
    public void paintOnWhite(Graphics2D g, Figure figure, Consumer<Graphics2D> under, Consumer<Graphics2D> over) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.width(), figure.height());
        Graphics2D plot = (Graphics2D) g.create(left, 0, width, height);
        try {
            under.accept(plot);
            chart.paint(plot, width, height);
            over.accept(plot);
        } finally {
            plot.dispose();
        }
    }
}
