package org.precis.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;

/**
 * One patient's survival predicted by a Cox model at the patient's covariates: a step curve from 1
 * at time 0, with the predicted survival at the marked time written in the legend.
 */
public final class PredictedSurvivalChart implements Figure {

    private static final int WIDTH = 900;
    private static final int CHART_HEIGHT = 560;
    private static final int MARGIN = 10;

    private final XYChart chart;
    private final Caption caption;

    /**
     * @param title the chart's title (the patient and the model)
     * @param label the curve's legend entry (risk group, predicted survival at a time)
     * @param times the model's baseline event times, ascending
     * @param survival predicted survival at each
     * @param unit the time unit
     * @param note what the curve is and is not, under the chart
     */
    public PredictedSurvivalChart(
            String title, String label, double[] times, double[] survival, TimeUnit unit, String note) {
        if (times.length == 0 || times.length != survival.length) {
            throw new IllegalArgumentException(
                    "a predicted curve needs as many survival values as times, and at least one");
        }
        StepFunction steps = StepFunction.of(times, survival);
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(CHART_HEIGHT)
                .title(title)
                .xAxisTitle("Time (" + unit.label() + ")")
                .yAxisTitle("Predicted survival probability")
                .build();
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setXAxisMin(0.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideSW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        XYSeries curve = chart.addSeries(label, steps.x(), steps.y());
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(new Color(0x1f77b4));
        curve.setLineStyle(new BasicStroke(2f));
        caption = Caption.of(note);
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
