package org.precis.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;
import org.precis.survival.validation.RiskGroupCalibration;

/**
 * A calibration plot at one time point: per risk group, the risk the model predicted against the
 * risk observed (1 - Kaplan-Meier) with its 95% interval, beside the identity line a calibrated
 * model follows; under it a table of the groups (prognostic-index range, size, numbers at risk and
 * events at t) and a caption defining the groups. The figure is as wide as that table needs, so
 * that nothing is cut off where a figure row clips it to its width.
 */
public final class CalibrationChart implements Figure {

    private static final int WIDTH = 720;
    private static final int CHART_HEIGHT = 600;
    private static final int ROW_HEIGHT = 18;
    private static final int MARGIN = 10;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private final List<RiskGroupCalibration> groups;
    private final int groupCount;
    private final XYChart chart;
    private final Caption caption;
    private final int width;

    /**
     * @param groupCount the number of risk groups defined, empty ones included (names depend on it)
     */
    public CalibrationChart(String title, List<RiskGroupCalibration> groups, int groupCount, TimeUnit unit) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no risk group to draw");
        }
        this.groups = List.copyOf(groups);
        this.groupCount = groupCount;
        double time = groups.get(0).time();
        String at = TimeAxis.label(time) + " " + unit.label();
        double limit = axisLimit(groups);
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(CHART_HEIGHT)
                .title(title)
                .xAxisTitle("Predicted risk at " + at)
                .yAxisTitle("Observed risk at " + at + " (1 - Kaplan-Meier)")
                .build();
        var styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(limit);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(limit);
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setMarkerSize(10);
        XYSeries identity = chart.addSeries("perfect calibration", new double[] {0, limit}, new double[] {0, limit});
        identity.setMarker(SeriesMarkers.NONE);
        identity.setLineColor(Color.GRAY);
        identity.setLineStyle(
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        for (RiskGroupCalibration group : groups) {
            Color colour = RiskGroupCurvesChart.COLOURS[(group.group() - 1) % RiskGroupCurvesChart.COLOURS.length];
            String name = RiskGroupNames.of(group.group(), groupCount);
            XYSeries interval = chart.addSeries(
                    name + " 95% CI", new double[] {group.predictedRisk(), group.predictedRisk()}, new double[] {
                        finiteOr(group.observedRiskLower(), group.observedRisk()),
                        finiteOr(group.observedRiskUpper(), group.observedRisk())
                    });
            interval.setMarker(SeriesMarkers.NONE);
            interval.setLineColor(colour);
            interval.setLineStyle(new BasicStroke(2f));
            interval.setShowInLegend(false);
            XYSeries point =
                    chart.addSeries(name, new double[] {group.predictedRisk()}, new double[] {group.observedRisk()});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.CIRCLE);
            point.setMarkerColor(colour);
        }
        caption = caption(groups, at);
        // as wide as the table needs: a figure row clips each panel to its width
        width = Math.max(WIDTH, tableRight() + MARGIN);
    }

    /** The plotted points, (predicted, observed) per group, lowest risk first. */
    public List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        for (RiskGroupCalibration group : groups) {
            points.add(new double[] {group.predictedRisk(), group.observedRisk()});
        }
        return points;
    }

    /** The table under the plot, header first: one row per group. */
    public List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        String t = TimeAxis.label(groups.get(0).time());
        rows.add(List.of(
                "risk group",
                "prognostic index",
                "n",
                "at risk at " + t,
                "events to " + t,
                "predicted",
                "observed (95% CI)"));
        for (RiskGroupCalibration group : groups) {
            rows.add(List.of(
                    RiskGroupNames.of(group.group(), groupCount),
                    range(group),
                    Integer.toString(group.size()),
                    Long.toString(Math.round(group.numberAtRisk())),
                    Long.toString(Math.round(group.events())),
                    percent(group.predictedRisk()),
                    percent(group.observedRisk()) + " (" + percent(group.observedRiskLower()) + "-"
                            + percent(group.observedRiskUpper()) + ")"));
        }
        return rows;
    }

    public Caption caption() {
        return caption;
    }

    XYChart chart() {
        return chart;
    }

    /** At least 720 pixels, wider when the table under the plot needs it. */
    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return CHART_HEIGHT
                + MARGIN
                + (groups.size() + 1) * ROW_HEIGHT
                + MARGIN
                + caption.height(width - 2 * MARGIN)
                + MARGIN;
    }

    @Override
    public void paint(Graphics2D g) {
        new ChartArea(chart, 0, width, CHART_HEIGHT).paintOnWhite(g, this);
        int top = CHART_HEIGHT + MARGIN;
        paintTable(g, top);
        caption.paint(g, MARGIN, top + (groups.size() + 1) * ROW_HEIGHT + MARGIN, width - 2 * MARGIN);
    }

    /** Each table column's width: its widest cell in bold, and a gap. */
    private int[] columnWidths() {
        List<List<String>> rows = table();
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = scratch.createGraphics();
        FontMetrics bold = measure.getFontMetrics(BOLD);
        measure.dispose();
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], bold.stringWidth(row.get(c)) + 12);
            }
        }
        return widths;
    }

    /** Where the table under the plot ends on the right, in the figure's pixels. */
    int tableRight() {
        return MARGIN + Arrays.stream(columnWidths()).sum();
    }

    private void paintTable(Graphics2D g, int top) {
        List<List<String>> rows = table();
        int columns = rows.get(0).size();
        int[] widths = columnWidths();
        for (int r = 0; r < rows.size(); r++) {
            g.setFont(r == 0 ? BOLD : FONT);
            g.setColor(
                    r == 0
                            ? Color.DARK_GRAY
                            : RiskGroupCurvesChart.COLOURS[
                                    (groups.get(r - 1).group() - 1) % RiskGroupCurvesChart.COLOURS.length]);
            int x = MARGIN;
            int y = top + r * ROW_HEIGHT + g.getFontMetrics().getAscent();
            for (int c = 0; c < columns; c++) {
                g.drawString(rows.get(r).get(c), x, y);
                x += widths[c];
            }
        }
    }

    private static Caption caption(List<RiskGroupCalibration> groups, String at) {
        StringBuilder definition =
                new StringBuilder("Risk groups: the prognostic index (the model's linear " + "predictor) cut at ");
        List<String> cuts = new ArrayList<>();
        for (RiskGroupCalibration group : groups) {
            if (Double.isFinite(group.upperCut())) {
                cuts.add(String.format(Locale.ROOT, "%.3f", group.upperCut()));
            }
        }
        definition
                .append(String.join(" and ", cuts))
                .append(", the development cohort's tertiles as saved with "
                        + "the model, so that a group means the same patients in both cohorts.");
        return Caption.of(
                definition.toString(),
                "Predicted risk: 1 - the mean of the group's predicted survival at "
                        + at + ". Observed risk: 1 - the group's Kaplan-Meier survival at " + at + ", with its 95% "
                        + "confidence interval (vertical bar). Dashed line: perfect calibration (predicted = observed).");
    }

    private static String range(RiskGroupCalibration group) {
        if (Double.isInfinite(group.lowerCut()) && Double.isInfinite(group.upperCut())) {
            return "all";
        }
        if (Double.isInfinite(group.lowerCut())) {
            return String.format(Locale.ROOT, "<= %.3f", group.upperCut());
        }
        if (Double.isInfinite(group.upperCut())) {
            return String.format(Locale.ROOT, "> %.3f", group.lowerCut());
        }
        return String.format(Locale.ROOT, "%.3f to %.3f", group.lowerCut(), group.upperCut());
    }

    private static String percent(double risk) {
        return Double.isFinite(risk) ? String.format(Locale.ROOT, "%.1f%%", 100 * risk) : "NA";
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }

    /** Both axes run from 0 to a tenth above the largest risk drawn, at most 1. */
    private static double axisLimit(List<RiskGroupCalibration> groups) {
        double largest = 0;
        for (RiskGroupCalibration group : groups) {
            largest = Math.max(
                    largest,
                    Math.max(group.predictedRisk(), finiteOr(group.observedRiskUpper(), group.observedRisk())));
        }
        return Math.min(1.0, Math.ceil(largest * 10 + 0.5) / 10);
    }
}
