package org.precis.imaging.qc;

import java.util.List;

/**
 * The quality of one slide.
 *
 * @param slideMpp µm per level-0 pixel (stated by the slide or given by the caller)
 * @param maskMpp µm per pixel of the tissue mask
 * @param maskWidth mask pixels across
 * @param maskHeight mask pixels down
 * @param tissueAreaMm2 tissue after leaving out background, pen and out-of-focus tiles (the part of the
 *     mask's edge pixels that reaches past the slide not counted)
 * @param detectedTissueAreaMm2 tissue before the out-of-focus tiles are left out
 * @param tissueRegions connected tissue regions (polygons)
 * @param focusMpp µm/px the focus tiles were read at
 * @param focusTilesChecked tissue tiles whose focus was measured (a bounded, evenly spread sample)
 * @param focusTilesOutOfFocus of those, the ones below the blur threshold
 * @param outOfFocusFraction {@code focusTilesOutOfFocus / focusTilesChecked}, 0 when none was checked
 * @param medianLaplacianVariance median sharpness of the checked tiles, 0 when none was checked
 * @param penMarks ink area by colour
 * @param stains haematoxylin and eosin over the tissue (empty when there is none)
 */
public record QualityReport(
        double slideMpp,
        double maskMpp,
        int maskWidth,
        int maskHeight,
        double tissueAreaMm2,
        double detectedTissueAreaMm2,
        int tissueRegions,
        double focusMpp,
        int focusTilesChecked,
        int focusTilesOutOfFocus,
        double outOfFocusFraction,
        double medianLaplacianVariance,
        PenAreas penMarks,
        List<StainSummary> stains) {

    public QualityReport {
        stains = List.copyOf(stains);
    }
}
