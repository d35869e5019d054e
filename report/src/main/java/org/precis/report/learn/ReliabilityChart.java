package org.precis.report.learn;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.learn.metrics.Reliability;
import org.precis.learn.metrics.ReliabilityBin;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;

/**
 * The reliability diagram of a classifier: fraction correct against mean top-class probability per
 * bin, beside the diagonal a calibrated model would follow, each point labelled with the number of
 * cases in its bin (a point of 3 cases says little), and the expected calibration error in the
 * title.
 */
public final class ReliabilityChart implements Figure {

    private static final int WIDTH = 700;
    private static final int CHART_HEIGHT = 600;
    private static final int MARGIN = 10;
    private static final Color MODEL = new Color(0x1f77b4);

    private final Reliability reliability;
    private final XYChart chart;
    private final Caption caption = Caption.of("Each point: the cases whose top-class probability falls in one bin;"
            + " the number beside it is how many. Dashed: perfect calibration (fraction correct = probability).");

    public ReliabilityChart(String title, Reliability reliability) {
        this.reliability = reliability;
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(CHART_HEIGHT)
                .title(title + String.format(Locale.ROOT, " (ECE %.3f)", reliability.expectedCalibrationError()))
                .xAxisTitle("Mean predicted probability of the top class")
                .yAxisTitle("Fraction correct")
                .build();
        var styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(1.0);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        XYSeries diagonal = chart.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineColor(Color.GRAY);
        diagonal.setLineStyle(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        double[] confidence = reliability.bins().stream()
                .mapToDouble(ReliabilityBin::meanConfidence)
                .toArray();
        double[] accuracy = reliability.bins().stream()
                .mapToDouble(ReliabilityBin::accuracy)
                .toArray();
        if (confidence.length > 0) {
            XYSeries model = chart.addSeries(
                    "model ("
                            + reliability.bins().stream()
                                    .mapToInt(ReliabilityBin::count)
                                    .sum() + " cases, " + confidence.length + " bins)",
                    confidence,
                    accuracy);
            model.setMarker(SeriesMarkers.CIRCLE);
            model.setLineColor(MODEL);
            model.setMarkerColor(MODEL);
            model.setLineStyle(new BasicStroke(2f));
        }
    }

    /** The labels drawn beside the points, "n=COUNT", one per bin in the bins' order. */
    public List<String> binLabels() {
        return reliability.bins().stream().map(bin -> "n=" + bin.count()).toList();
    }

    public Caption caption() {
        return caption;
    }

    XYChart chart() {
        return chart;
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
        new ChartArea(chart, 0, WIDTH, CHART_HEIGHT).paintOnWhite(g, this, plot -> {}, this::paintBinLabels);
        caption.paint(g, MARGIN, CHART_HEIGHT + MARGIN, WIDTH - 2 * MARGIN);
    }

    private void paintBinLabels(Graphics2D inner) {
        inner.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics metrics = inner.getFontMetrics();
        inner.setColor(MODEL.darker());
        List<String> labels = binLabels();
        for (int i = 0; i < labels.size(); i++) {
            ReliabilityBin bin = reliability.bins().get(i);
            int x = (int) Math.round(chart.getScreenXFromChart(bin.meanConfidence()));
            int y = (int) Math.round(chart.getScreenYFromChart(bin.accuracy()));
            // Below-right of the point, clear of the line rising to the next one; left of it at the right edge.
            int width = metrics.stringWidth(labels.get(i));
            int right = (int) Math.round(chart.getScreenXFromChart(1.0));
            int textX = x + 6 + width > right ? x - 6 - width : x + 6;
            inner.drawString(labels.get(i), textX, y + metrics.getAscent() + 4);
        }
    }
}
