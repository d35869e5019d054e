package org.precis.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;
import org.precis.survival.validation.ConfidenceBand;

/**
 * One patient's survival predicted by a Cox model at the patient's covariates: a step curve from 1
 * at time 0, with its pointwise confidence limits dashed in the curve's colour as the Kaplan-Meier
 * chart draws them, and the caption saying what they are, or that the model file has no band.
 */
public final class PredictedSurvivalChart implements Figure {

    private static final int WIDTH = 900;
    private static final int CHART_HEIGHT = 560;
    private static final int MARGIN = 10;
    private static final Color CURVE_COLOUR = KaplanMeierChart.COLOURS[0];

    private final XYChart chart;
    private final Caption caption;

    /**
     * @param title the chart's title (the patient and the model)
     * @param label the curve's legend entry (risk group, predicted survival at a time)
     * @param times the model's baseline event times, ascending
     * @param survival predicted survival at each
     * @param band the limits at each time (R's survfit, log type); empty when the model has none
     * @param unit the time unit
     * @param note what the curve is and is not, under the chart; a sentence on the band follows it
     */
    public PredictedSurvivalChart(
            String title,
            String label,
            double[] times,
            double[] survival,
            Optional<ConfidenceBand> band,
            TimeUnit unit,
            String note) {
        if (times.length == 0 || times.length != survival.length) {
            throw new IllegalArgumentException(
                    "a predicted curve needs as many survival values as times, and at least one");
        }
        if (band.isPresent() && band.get().lower().size() != times.length) {
            throw new IllegalArgumentException("a band needs a limit at each of the " + times.length + " times, not "
                    + band.get().lower().size());
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
        curve.setLineColor(CURVE_COLOUR);
        curve.setLineStyle(new BasicStroke(2f));
        band.ifPresent(b -> addLimits(times, b));
        caption = Caption.of(note, bandSentence(band));
    }

    private void addLimits(double[] times, ConfidenceBand band) {
        StepFunction lowerLimit = StepFunction.of(times, unboxed(band.lower()));
        StepFunction upperLimit = StepFunction.of(times, unboxed(band.upper()));
        XYSeries lower = chart.addSeries("lower limit", lowerLimit.x(), lowerLimit.y());
        XYSeries upper = chart.addSeries("upper limit", upperLimit.x(), upperLimit.y());
        for (XYSeries limit : List.of(lower, upper)) {
            limit.setMarker(SeriesMarkers.NONE);
            limit.setLineColor(CURVE_COLOUR);
            limit.setShowInLegend(false);
            limit.setLineStyle(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        }
    }

    private static String bandSentence(Optional<ConfidenceBand> band) {
        return band.map(b -> String.format(
                        Locale.ROOT,
                        "Dashed lines: pointwise %.0f%% confidence interval (the model's coefficient variance and"
                                + " Tsiatis' baseline variance, log transformation, as R's survfit(fit, newdata)).",
                        100 * b.level()))
                .orElse("No confidence band: the model file (format 1) does not keep the variance it needs;"
                        + " save the model again to get one.");
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The series the chart draws: the curve, then the lower and upper limits when there is a band. */
    List<String> seriesNames() {
        return List.copyOf(chart.getSeriesMap().keySet());
    }

    Caption caption() {
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
        new ChartArea(chart, 0, WIDTH, CHART_HEIGHT).paintOnWhite(g, this);
        caption.paint(g, MARGIN, CHART_HEIGHT + MARGIN, WIDTH - 2 * MARGIN);
    }
}
