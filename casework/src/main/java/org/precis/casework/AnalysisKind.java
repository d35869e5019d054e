package org.precis.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The analyses a case can have run on it. */
public enum AnalysisKind {
    /** Tissue area, focus and pen marks of a slide, with the tissue outline. */
    QC(true, false),
    /** Ki67 index, hot spot and H-score of an IHC slide, with the scored nuclei. */
    KI67(true, false),
    /**
     * The Nottingham grade components of a breast H&amp;E slide region: mitotic count and score,
     * nuclear pleomorphism, tubule formation and the grade, with the classed nuclei.
     */
    GRADE(true, false),
    /** The Nottingham Prognostic Index from the case's clinical data. */
    NPI(false, false),
    /**
     * A patch model's class fractions over a slide's tissue tiles (the lung subtype model), with one
     * probability layer per class and the tiles; the model file is given.
     */
    HEATMAP(true, true),
    /**
     * Survival risk from the case's clinical data through a saved Cox model file (given): linear
     * predictor, risk group, 5- and 10-year survival with its band, and the curve as a chart.
     */
    RISK(false, true);

    private final boolean needsSlide;
    private final boolean needsModel;

    AnalysisKind(boolean needsSlide, boolean needsModel) {
        this.needsSlide = needsSlide;
        this.needsModel = needsModel;
    }

    public boolean needsSlide() {
        return needsSlide;
    }

    /** Whether the caller gives a model file (a patch model, a saved Cox model). */
    public boolean needsModel() {
        return needsModel;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnalysisKind parse(String label) {
        for (AnalysisKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown analysis '" + label + "': expected "
                + Arrays.stream(values()).map(AnalysisKind::label).collect(Collectors.joining(", ")));
    }
}
