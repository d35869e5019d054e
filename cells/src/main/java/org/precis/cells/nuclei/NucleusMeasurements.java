package org.precis.cells.nuclei;

/**
 * Shape and stain measurements of one nucleus, in micrometres and decimal optical density (the
 * Ruifrok–Johnston stain amounts, in the unit QuPath's "OD" measurements use: six times the
 * amounts of {@link org.precis.imaging.stain.ColourDeconvolution}, which follows scikit-image).
 *
 * @param areaUm2 area inside the outline
 * @param perimeterUm length of the outline
 * @param circularity 4π area / perimeter², 1 for a disc
 * @param solidity area / area of the convex hull
 * @param majorAxisUm major axis of the ellipse with the same second moments
 * @param minorAxisUm minor axis of that ellipse
 * @param haematoxylinMean mean haematoxylin amount over the nucleus's pixels
 * @param haematoxylinMax largest haematoxylin amount
 * @param haematoxylinStd standard deviation of the haematoxylin amount
 * @param eosinMean mean eosin amount
 * @param dabMean mean DAB amount (near zero on H&amp;E)
 * @param dabMax largest DAB amount
 * @param textureContrast grey-level co-occurrence contrast of the haematoxylin amounts inside
 *     the nucleus (distance 1 px, averaged over the four directions)
 */
public record NucleusMeasurements(
        double areaUm2,
        double perimeterUm,
        double circularity,
        double solidity,
        double majorAxisUm,
        double minorAxisUm,
        double haematoxylinMean,
        double haematoxylinMax,
        double haematoxylinStd,
        double eosinMean,
        double dabMean,
        double dabMax,
        double textureContrast) {}
