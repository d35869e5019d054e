package org.precis.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;
import org.precis.survival.validation.RiskGroup;

/**
 * Royston and Altman's picture of calibration over time: per risk group, the observed Kaplan-Meier
 * curve (solid steps) and the mean predicted survival (dashed) of the same patients.
 */
public final class RiskGroupCurvesChart implements Figure {

    static final Color[] COLOURS = {
        new Color(0x2ca02c), new Color(0xff7f0e), new Color(0xd62728), new Color(0x1f77b4), new Color(0x9467bd)
    };
    private static final int WIDTH = 900;
    private static final int CHART_HEIGHT = 600;
    private static final int MARGIN = 10;

    private final XYChart chart;
    private final Caption caption = Caption.of("Solid steps: observed survival (Kaplan-Meier) of each risk group. "
            + "Dashed: the mean of the model's predicted survival curves of the same patients.");

    public RiskGroupCurvesChart(String title, List<RiskGroup> groups, TimeUnit unit) {
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(CHART_HEIGHT)
                .title(title)
                .xAxisTitle("Time (" + unit.label() + ")")
                .yAxisTitle("Survival probability")
                .build();
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setXAxisMin(0.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideSW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        for (RiskGroup group : groups) {
            Color colour = COLOURS[(group.group() - 1) % COLOURS.length];
            double[] times =
                    group.times().stream().mapToDouble(Double::doubleValue).toArray();
            if (times.length == 0) {
                continue;
            }
            StepFunction km = StepFunction.of(
                    times,
                    group.observed().stream().mapToDouble(Double::doubleValue).toArray());
            XYSeries observed = chart.addSeries(
                    RiskGroupNames.of(group.group(), groups.size()) + " observed (n=" + group.size() + ")",
                    km.x(),
                    km.y());
            observed.setMarker(SeriesMarkers.NONE);
            observed.setLineColor(colour);
            observed.setLineStyle(new BasicStroke(2f));
            XYSeries predicted = chart.addSeries(
                    RiskGroupNames.of(group.group(), groups.size()) + " predicted",
                    times,
                    group.predicted().stream().mapToDouble(Double::doubleValue).toArray());
            predicted.setMarker(SeriesMarkers.NONE);
            predicted.setLineColor(colour);
            predicted.setLineStyle(
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
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
        new ChartArea(chart, 0, WIDTH, CHART_HEIGHT).paintOnWhite(g, this);
        caption.paint(g, MARGIN, CHART_HEIGHT + MARGIN, WIDTH - 2 * MARGIN);
    }
}
