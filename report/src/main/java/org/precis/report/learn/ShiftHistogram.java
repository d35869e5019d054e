package org.precis.report.learn;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.learn.drift.EmbeddingDrift;
import org.precis.learn.drift.FeatureShift;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;

/**
 * The histogram of each feature's |z| (the site's mean minus the training mean, in training
 * standard deviations) as a step line of the share of features per bin, with the same histogram of
 * the no-drift baseline (one half of the site's patches against the other) overlaid: a site whose
 * curve lies right of the baseline's has moved away from the training data.
 */
public final class ShiftHistogram implements Figure {

    /** Bins of |z|, each {@link #BIN_WIDTH} wide from 0; larger values fall in the last. */
    static final int BINS = 30;

    static final double BIN_WIDTH = 0.05;
    private static final int WIDTH = 700;
    private static final int CHART_HEIGHT = 600;
    private static final int MARGIN = 10;

    private final XYChart chart;
    private final Caption caption = Caption.of("|z| of a feature: |site mean − training mean| / training standard"
            + " deviation. Grey: one random half of the site's patches against the other half, the spread chance"
            + " alone gives at this sample size. The last bin holds every |z| above "
            + String.format(Locale.ROOT, "%.2f", BINS * BIN_WIDTH) + ".");

    public ShiftHistogram(String title, EmbeddingDrift drift) {
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(CHART_HEIGHT)
                .title(title
                        + String.format(
                                Locale.ROOT,
                                " (mean |z| %.3f, baseline %.3f)",
                                drift.summary().meanAbsZ(),
                                drift.noDriftBaseline().meanAbsZ()))
                .xAxisTitle("|z| of a feature (training standard deviations)")
                .yAxisTitle("Share of features")
                .build();
        var styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(BINS * BIN_WIDTH);
        styler.setYAxisMin(0.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        add("no-drift baseline (half against half)", drift.noDriftShift(), Color.GRAY);
        add("site against training data", drift.site(), new Color(0xd62728));
    }

    private void add(String name, FeatureShift shift, Color colour) {
        double[] shares = shares(shift);
        double[] x = new double[2 * BINS];
        double[] y = new double[2 * BINS];
        for (int b = 0; b < BINS; b++) {
            x[2 * b] = b * BIN_WIDTH;
            x[2 * b + 1] = (b + 1) * BIN_WIDTH;
            y[2 * b] = shares[b];
            y[2 * b + 1] = shares[b];
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(new BasicStroke(2f));
    }

    /** The share of features in each |z| bin. */
    static double[] shares(FeatureShift shift) {
        double[] shares = new double[BINS];
        double[] absolute = shift.absoluteZ();
        for (double value : absolute) {
            shares[Math.min(BINS - 1, (int) Math.floor(value / BIN_WIDTH))] += 1.0 / absolute.length;
        }
        return shares;
    }

    public Caption caption() {
        return caption;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return CHART_HEIGHT + caption.height(WIDTH - 2 * MARGIN) + 2 * MARGIN;
    }

    @Override
    public void paint(Graphics2D g) {
        new ChartArea(chart, 0, WIDTH, CHART_HEIGHT).paintOnWhite(g, this);
        caption.paint(g, MARGIN, CHART_HEIGHT + MARGIN, WIDTH - 2 * MARGIN);
    }
}
