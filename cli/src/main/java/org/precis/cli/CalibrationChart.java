package org.precis.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.survival.validation.RiskGroup;

/**
 * Royston and Altman's calibration picture: per risk group, the observed Kaplan-Meier curve
 * (solid steps) and the mean predicted survival (dashed) of the same patients.
 */
final class CalibrationChart {

    private static final Color[] COLOURS = {new Color(0x2ca02c), new Color(0xff7f0e), new Color(0xd62728),
        new Color(0x1f77b4), new Color(0x9467bd)};

    private final String title;
    private final String timeLabel;

    CalibrationChart(String title, String timeLabel) {
        this.title = title;
        this.timeLabel = timeLabel;
    }

    BufferedImage render(List<RiskGroup> groups) {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title).xAxisTitle(timeLabel)
                .yAxisTitle("Survival probability").build();
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setXAxisMin(0.0);
        styler.setLegendPosition(Styler.LegendPosition.InsideSW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        for (RiskGroup group : groups) {
            Color colour = COLOURS[(group.group() - 1) % COLOURS.length];
            double[] times = group.times().stream().mapToDouble(Double::doubleValue).toArray();
            if (times.length == 0) {
                continue;
            }
            StepFunction km = StepFunction.of(times, group.observed().stream().mapToDouble(Double::doubleValue)
                    .toArray());
            XYSeries observed = chart.addSeries("group " + group.group() + " observed (n " + group.size() + ")",
                    km.x(), km.y());
            observed.setMarker(SeriesMarkers.NONE);
            observed.setLineColor(colour);
            observed.setLineStyle(new BasicStroke(2f));
            XYSeries predicted = chart.addSeries("group " + group.group() + " predicted", times,
                    group.predicted().stream().mapToDouble(Double::doubleValue).toArray());
            predicted.setMarker(SeriesMarkers.NONE);
            predicted.setLineColor(colour);
            predicted.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        return BitmapEncoder.getBufferedImage(chart);
    }
}
