package org.precis.cells.ihc.robustness;

/**
 * One variant scored by Precis's rule and by QuPath's fixed rule.
 *
 * @param variant the variant's name
 * @param mpp pixel size scored at
 * @param cells nuclei found (Precis)
 * @param positivePercent Ki67 index by Precis's relative rule
 * @param hScore H-score by Precis's relative bins
 * @param thresholdOd the positive threshold Precis set for this image
 * @param fixedCells nuclei found with the standard stains (QuPath-like)
 * @param fixedPercent Ki67 index with standard stains and DAB mean above 0.2 OD
 * @param fixedPercentAt05 the same with DAB mean above 0.5 OD
 */
public record RobustnessRow(
        String variant,
        double mpp,
        int cells,
        double positivePercent,
        double hScore,
        double thresholdOd,
        int fixedCells,
        double fixedPercent,
        double fixedPercentAt05) {}
