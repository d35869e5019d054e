package org.precis.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The analyses a case can have run on it. */
public enum AnalysisKind {
    /** Tissue area, focus and pen marks of a slide, with the tissue outline. */
    QC(true),
    /** Ki67 index, hot spot and H-score of an IHC slide, with the scored nuclei. */
    KI67(true),
    /** The Nottingham Prognostic Index from the case's clinical data. */
    NPI(false);

    private final boolean needsSlide;

    AnalysisKind(boolean needsSlide) {
        this.needsSlide = needsSlide;
    }

    public boolean needsSlide() {
        return needsSlide;
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
