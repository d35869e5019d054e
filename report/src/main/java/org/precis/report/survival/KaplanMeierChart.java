package org.precis.report.survival;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ChartArea;
import org.precis.report.figure.Figure;
import org.precis.survival.km.CurveConfidence;
import org.precis.survival.km.SurvivalCurve;

/**
 * Kaplan-Meier curves as a clinical paper draws them: step functions from S = 1 at time 0,
 * censoring marks, dashed confidence limits, a legend naming the grouping variable ({@code sex=1}),
 * a time axis with its unit, and the numbers at risk in a table whose columns are the axis' ticks.
 * XChart draws the curves; the time axis, the risk table and the caption are drawn under them with
 * Java 2D, at the screen positions XChart gives the tick times, so that they line up.
 */
public final class KaplanMeierChart implements Figure {

    static final Color[] COLOURS = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0x9467bd),
        new Color(0xff7f0e),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x7f7f7f)
    };
    private static final int WIDTH = 900;
    private static final int CHART_HEIGHT = 520;
    private static final int ROW_HEIGHT = 20;
    private static final int MARGIN = 10;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private final Map<String, SurvivalCurve> curves;
    private final TimeUnit unit;
    private final TimeAxis axis;
    private final RiskTable riskTable;
    private final Caption caption;
    private final int labelWidth;
    private final XYChart chart;

    private KaplanMeierChart(String title, Map<String, SurvivalCurve> curves, TimeUnit unit) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no survival curve to draw");
        }
        this.curves = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(curves));
        this.unit = unit;
        this.axis = TimeAxis.covering(lastTime(curves));
        this.riskTable = RiskTable.of(this.curves, axis);
        this.caption = caption(curves.values().iterator().next().confidence());
        this.labelWidth = widestLabel(curves.keySet()) + 2 * MARGIN;
        this.chart = chart(title);
        layOut();
    }

    /** One curve per value of {@code variable}, each labelled {@code variable=value} in the legend. */
    public static KaplanMeierChart byGroup(
            String title, String variable, Map<String, SurvivalCurve> curvesByValue, TimeUnit unit) {
        Map<String, SurvivalCurve> labelled = new LinkedHashMap<>();
        curvesByValue.forEach((value, curve) -> labelled.put(variable + "=" + value, curve));
        return new KaplanMeierChart(title, labelled, unit);
    }

    /** The curve of the whole sample, labelled "all" with its size. */
    public static KaplanMeierChart single(String title, SurvivalCurve curve, TimeUnit unit) {
        return new KaplanMeierChart(title, Map.of("all (n=" + Math.round(curve.numberAtRisk()[0]) + ")", curve), unit);
    }

    /** The numbers at risk drawn under the plot, read at {@link #axis()}'s ticks. */
    public RiskTable riskTable() {
        return riskTable;
    }

    public TimeAxis axis() {
        return axis;
    }

    /** The legend's entries, one per curve. */
    public List<String> legendLabels() {
        return chart.getSeriesMap().values().stream()
                .filter(XYSeries::isShowInLegend)
                .map(XYSeries::getName)
                .toList();
    }

    /** The time axis' title, with its unit. */
    public String timeAxisTitle() {
        return "Time (" + unit.label() + ")";
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
        return captionTop() + caption.height(WIDTH - 2 * MARGIN) + MARGIN;
    }

    /** Vertical lines at the time ticks, under the curves, so the numbers at risk read against them. */
    private void paintTickLines(Graphics2D plot) {
        plot.setColor(new Color(0xdcdcdc));
        int top = (int) Math.round(chart.getScreenYFromChart(1.0));
        int bottom = (int) Math.round(chart.getScreenYFromChart(0.0));
        for (double tick : axis.ticks()) {
            int x = (int) Math.round(chart.getScreenXFromChart(tick));
            plot.drawLine(x, top, x, bottom);
        }
    }

    @Override
    public void paint(Graphics2D g) {
        new ChartArea(chart, labelWidth, WIDTH - labelWidth, CHART_HEIGHT)
                .paintOnWhite(g, this, this::paintTickLines, plot -> {});
        paintTimeAxis(g);
        paintRiskTable(g);
        caption.paint(g, MARGIN, captionTop(), WIDTH - 2 * MARGIN);
    }

    private XYChart chart(String title) {
        XYChart xy = new XYChartBuilder()
                .width(WIDTH - labelWidth)
                .height(CHART_HEIGHT)
                .title(title)
                .yAxisTitle("Survival probability")
                .build();
        var styler = xy.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(axis.end());
        // The time axis is drawn below, at the risk table's times.
        styler.setXAxisTicksVisible(false);
        styler.setXAxisTitleVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(new Color(0, 0, 0, 0));
        styler.setPlotBackgroundColor(new Color(0, 0, 0, 0));
        styler.setPlotGridLinesColor(new Color(0xdcdcdc));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int index = 0;
        for (Map.Entry<String, SurvivalCurve> entry : curves.entrySet()) {
            Color colour = COLOURS[index++ % COLOURS.length];
            addCurve(xy, entry.getKey(), entry.getValue(), colour);
        }
        return xy;
    }

    private static void addCurve(XYChart xy, String label, SurvivalCurve km, Color colour) {
        StepFunction survival = StepFunction.of(km.times(), km.survival());
        XYSeries curve = xy.addSeries(label, survival.x(), survival.y());
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(colour);
        curve.setLineStyle(new BasicStroke(2f));
        StepFunction lowerLimit = StepFunction.of(km.times(), km.lower());
        StepFunction upperLimit = StepFunction.of(km.times(), km.upper());
        XYSeries lower = xy.addSeries(label + " lower", lowerLimit.x(), lowerLimit.y());
        XYSeries upper = xy.addSeries(label + " upper", upperLimit.x(), upperLimit.y());
        for (XYSeries limit : List.of(lower, upper)) {
            limit.setMarker(SeriesMarkers.NONE);
            limit.setLineColor(colour);
            limit.setShowInLegend(false);
            limit.setLineStyle(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        }
        List<Double> censoredTimes = new ArrayList<>();
        List<Double> censoredSurvival = new ArrayList<>();
        for (int i = 0; i < km.size(); i++) {
            if (km.numberCensored()[i] > 0) {
                censoredTimes.add(km.times()[i]);
                censoredSurvival.add(km.survival()[i]);
            }
        }
        if (!censoredTimes.isEmpty()) {
            XYSeries marks = xy.addSeries(label + " censored", censoredTimes, censoredSurvival);
            marks.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
            marks.setMarker(SeriesMarkers.PLUS);
            marks.setMarkerColor(colour);
            marks.setShowInLegend(false);
        }
    }

    /** Paints once off screen, so that the chart's axes are laid out before the table is placed. */
    private void layOut() {
        BufferedImage scratch = new BufferedImage(WIDTH - labelWidth, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, WIDTH - labelWidth, CHART_HEIGHT);
        } finally {
            g.dispose();
        }
    }

    private int screenX(double time) {
        return labelWidth + (int) Math.round(chart.getScreenXFromChart(time));
    }

    private int plotBottom() {
        return (int) Math.round(chart.getScreenYFromChart(0.0));
    }

    /** Below the tick labels and the axis title. */
    private int tableTop() {
        return plotBottom() + 2 * ROW_HEIGHT + 16;
    }

    private int captionTop() {
        return tableTop() + (curves.size() + 1) * ROW_HEIGHT + MARGIN;
    }

    private void paintTimeAxis(Graphics2D g) {
        int bottom = plotBottom();
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Color.DARK_GRAY);
        g.drawLine(screenX(0), bottom, screenX(axis.end()), bottom);
        for (double tick : axis.ticks()) {
            int x = screenX(tick);
            g.drawLine(x, bottom, x, bottom + 4);
            String text = TimeAxis.label(tick);
            g.drawString(text, x - metrics.stringWidth(text) / 2, bottom + 6 + metrics.getAscent());
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        String title = timeAxisTitle();
        int centre = (screenX(0) + screenX(axis.end())) / 2;
        g.drawString(
                title,
                centre - g.getFontMetrics().stringWidth(title) / 2,
                bottom + 6 + ROW_HEIGHT + g.getFontMetrics().getAscent());
    }

    private void paintRiskTable(Graphics2D g) {
        int top = tableTop();
        g.setFont(BOLD);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Color.DARK_GRAY);
        g.drawString("Number at risk", MARGIN, top + metrics.getAscent());
        g.setFont(FONT);
        metrics = g.getFontMetrics();
        int index = 0;
        for (RiskTable.Row row : riskTable.rows()) {
            int y = top + (index + 1) * ROW_HEIGHT + metrics.getAscent();
            g.setColor(COLOURS[index++ % COLOURS.length]);
            g.drawString(row.label(), MARGIN, y);
            for (int i = 0; i < row.atRisk().size(); i++) {
                String count = String.valueOf(row.atRisk().get(i));
                g.drawString(count, screenX(riskTable.times().get(i)) - metrics.stringWidth(count) / 2, y);
            }
        }
    }

    private static Caption caption(CurveConfidence confidence) {
        String transform = switch (confidence.type()) {
            case LOG -> "log transformation";
            case LOG_LOG -> "log-log transformation";
            case PLAIN -> "no transformation";
        };
        return Caption.of(
                String.format(
                        Locale.ROOT,
                        "Solid lines: Kaplan-Meier estimate. Dashed lines: pointwise "
                                + "%.0f%% confidence interval (Greenwood variance, %s, as R's survfit). +: censored observation.",
                        100 * confidence.level(),
                        transform),
                "Number at risk: subjects still followed and event-free at each" + " time on the axis.");
    }

    private static int widestLabel(Iterable<String> labels) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            FontMetrics metrics = g.getFontMetrics(FONT);
            int widest = metrics.stringWidth("Number at risk") - 40;
            for (String label : labels) {
                widest = Math.max(widest, metrics.stringWidth(label));
            }
            return widest;
        } finally {
            g.dispose();
        }
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
