package org.precis.imaging.qc;

import org.precis.imaging.tissue.PenMarkRules;
import org.precis.imaging.tissue.TissueDetection;

/** Everything quality control is run with; recorded in the report's provenance. */
public record QcSettings(TissueDetection tissue, PenMarkRules penMarks, FocusSettings focus) {

    public QcSettings {
        if (tissue == null || penMarks == null || focus == null) {
            throw new IllegalArgumentException("tissue, pen mark and focus settings are all required");
        }
    }

    public static QcSettings defaults() {
        return new QcSettings(TissueDetection.defaults(), PenMarkRules.defaults(), FocusSettings.defaults());
    }

    /** The defaults with the mask read at {@code maskMpp} µm/px. */
    public QcSettings withMaskMpp(double maskMpp) {
        return new QcSettings(
                new TissueDetection(
                        maskMpp,
                        tissue.minimumThreshold(),
                        tissue.closingRadiusUm(),
                        tissue.openingRadiusUm(),
                        tissue.minimumRegionAreaMm2()),
                penMarks,
                focus);
    }
}
