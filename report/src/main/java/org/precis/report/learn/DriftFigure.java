package org.precis.report.learn;

import java.util.ArrayList;
import java.util.List;
import org.precis.learn.drift.DriftReport;
import org.precis.report.figure.Figure;
import org.precis.report.figure.FigureRow;

/**
 * A site's drift as one picture of two panels: the histogram of the features' |z| against the
 * no-drift baseline ({@link ShiftHistogram}; left out when the model records no training moments)
 * and the reliability diagram of the model's predictions there ({@link ReliabilityChart}). Write it
 * with {@code FigureFile}.
 */
public final class DriftFigure {
    private DriftFigure() {}

    /** The panels of {@code report}, titled with {@code name} (the site or patch set). */
    public static Figure of(String name, DriftReport report) {
        List<Figure> panels = new ArrayList<>();
        report.embedding()
                .ifPresent(embedding -> panels.add(new ShiftHistogram("Embedding shift: " + name, embedding)));
        panels.add(new ReliabilityChart(
                "Reliability: " + name, report.calibration().reliability()));
        return new FigureRow(panels);
    }
}
