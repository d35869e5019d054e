package org.precis.learn.patch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.learn.metrics.Reliability;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * The reliability diagram of a classifier: accuracy against mean top-class probability per bin,
 * beside the diagonal a calibrated model would follow; the legend gives each point's bin count
 * implicitly through the title's expected calibration error.
 */
public final class ReliabilityChart {

    private final String title;

    public ReliabilityChart(String title) {
        this.title = title;
    }

    public BufferedImage render(Reliability reliability) {
        XYChart chart = new XYChartBuilder().width(700).height(600)
                .title(title + String.format(java.util.Locale.ROOT, " (ECE %.3f)",
                        reliability.expectedCalibrationError()))
                .xAxisTitle("Mean predicted probability of the top class").yAxisTitle("Fraction correct").build();
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
        diagonal.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        double[] confidence = reliability.bins().stream().mapToDouble(ReliabilityBin::meanConfidence).toArray();
        double[] accuracy = reliability.bins().stream().mapToDouble(ReliabilityBin::accuracy).toArray();
        if (confidence.length > 0) {
            XYSeries model = chart.addSeries("model (" + reliability.bins().stream().mapToInt(ReliabilityBin::count)
                    .sum() + " cases, " + confidence.length + " bins)", confidence, accuracy);
            model.setMarker(SeriesMarkers.CIRCLE);
            model.setLineColor(new Color(0x1f77b4));
            model.setMarkerColor(new Color(0x1f77b4));
            model.setLineStyle(new BasicStroke(2f));
        }
        return BitmapEncoder.getBufferedImage(chart);
    }
}
