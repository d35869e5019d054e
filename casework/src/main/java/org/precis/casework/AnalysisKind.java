package org.precis.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The analyses a case can have run on it. */
public enum AnalysisKind {
    /** Tissue area, focus and pen marks of a slide, with the tissue outline. */
    QC(true, false, false),
    /** Ki67 index, hot spot and H-score of an IHC slide, with the scored nuclei. */
    KI67(true, false, false),
    /**
     * The Nottingham grade components of a breast H&amp;E slide region: mitotic count and score,
     * nuclear pleomorphism, tubule formation and the grade, with the classed nuclei.
     */
    GRADE(true, false, true),
    /** The Nottingham Prognostic Index from the case's clinical data. */
    NPI(false, false, false),
    /**
     * A patch model's class fractions over a slide's tissue tiles (the lung subtype model), with one
     * probability layer per class and the tiles; the model file is given.
     */
    HEATMAP(true, true, true),
    /**
     * Survival risk from the case's clinical data through a saved Cox model file (given): linear
     * predictor, risk group, 5- and 10-year survival with its band, and the curve as a chart.
     */
    RISK(false, true, false);

    private final boolean needsSlide;
    private final boolean needsModel;
    private final boolean needsEncoders;

    AnalysisKind(boolean needsSlide, boolean needsModel, boolean needsEncoders) {
        this.needsSlide = needsSlide;
        this.needsModel = needsModel;
        this.needsEncoders = needsEncoders;
    }

    public boolean needsSlide() {
        return needsSlide;
    }

    /** Whether the caller gives a model file (a patch model, a saved Cox model). */
    public boolean needsModel() {
        return needsModel;
    }

    /** Whether it runs the shipped encoders (found in the data folder: {@link ModelRuntime}). */
    public boolean needsEncoders() {
        return needsEncoders;
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
