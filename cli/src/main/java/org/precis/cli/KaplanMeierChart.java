package org.precis.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.survival.km.SurvivalAtTime;
import org.precis.survival.km.SurvivalCurve;

/**
 * Kaplan-Meier curves as a clinical paper draws them: step functions from S = 1 at time 0,
 * censoring ticks, dashed confidence limits, and the numbers at risk in a table below the axis.
 * XChart draws the curves; the risk table is drawn under them with Java2D.
 */
final class KaplanMeierChart {

    private static final int WIDTH = 900;
    private static final int CHART_HEIGHT = 560;
    private static final int ROW_HEIGHT = 22;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private final String title;
    private final String timeLabel;

    KaplanMeierChart(String title, String timeLabel) {
        this.title = title;
        this.timeLabel = timeLabel;
    }

    BufferedImage render(Map<String, SurvivalCurve> curves, double[] riskTimes) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(CHART_HEIGHT).title(title).xAxisTitle(timeLabel)
                .yAxisTitle("Survival probability").build();
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setXAxisMin(0.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xe0e0e0));
        int index = 0;
        for (Map.Entry<String, SurvivalCurve> entry : curves.entrySet()) {
            Color colour = COLOURS[index++ % COLOURS.length];
            SurvivalCurve km = entry.getValue();
            StepFunction survival = StepFunction.of(km.times(), km.survival());
            StepFunction lowerLimit = StepFunction.of(km.times(), km.lower());
            StepFunction upperLimit = StepFunction.of(km.times(), km.upper());
            XYSeries curve = chart.addSeries(entry.getKey(), survival.x(), survival.y());
            curve.setMarker(SeriesMarkers.NONE);
            curve.setLineColor(colour);
            curve.setLineStyle(new BasicStroke(2f));
            XYSeries lower = chart.addSeries(entry.getKey() + " lower", lowerLimit.x(), lowerLimit.y());
            XYSeries upper = chart.addSeries(entry.getKey() + " upper", upperLimit.x(), upperLimit.y());
            for (XYSeries limit : List.of(lower, upper)) {
                limit.setMarker(SeriesMarkers.NONE);
                limit.setLineColor(colour);
                limit.setShowInLegend(false);
                limit.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {4f, 4f}, 0f));
            }
        }
        if (riskTimes.length > 0) {
            styler.setXAxisMax(Math.max(riskTimes[riskTimes.length - 1], lastTime(curves)));
        }
        // Painting lays the axes out, which the risk table then lines up with.
        BufferedImage plot = BitmapEncoder.getBufferedImage(chart);
        return withRiskTable(plot, curves, riskTimes, chart);
    }

    private static BufferedImage withRiskTable(BufferedImage plot, Map<String, SurvivalCurve> curves,
            double[] riskTimes, XYChart chart) {
        int rows = curves.size() + 1;
        BufferedImage image = new BufferedImage(plot.getWidth(), plot.getHeight() + rows * ROW_HEIGHT + 16,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(plot, 0, 0, null);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics metrics = g.getFontMetrics();
            int top = plot.getHeight() + 4;
            g.setColor(Color.DARK_GRAY);
            g.drawString("Number at risk", 10, top + metrics.getAscent());
            int row = 1;
            int index = 0;
            for (Map.Entry<String, SurvivalCurve> entry : curves.entrySet()) {
                g.setColor(COLOURS[index++ % COLOURS.length]);
                int y = top + row * ROW_HEIGHT + metrics.getAscent();
                g.drawString(entry.getKey(), 10, y);
                List<SurvivalAtTime> atRisk = entry.getValue().at(riskTimes);
                for (int i = 0; i < riskTimes.length; i++) {
                    String count = String.valueOf(Math.round(atRisk.get(i).numberAtRisk()));
                    double x = chart.getScreenXFromChart(riskTimes[i]);
                    g.drawString(count, (int) x - metrics.stringWidth(count) / 2, y);
                }
                row++;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double lastTime(Map<String, SurvivalCurve> curves) {
        double last = 0;
        for (SurvivalCurve curve : curves.values()) {
            double[] times = curve.times();
            last = Math.max(last, times.length == 0 ? 0 : times[times.length - 1]);
        }
        return last;
    }
}
