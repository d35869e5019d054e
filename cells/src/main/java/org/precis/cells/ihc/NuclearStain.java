package org.precis.cells.ihc;

/**
 * The stain of one nucleus, in decimal optical density against the image's white.
 *
 * @param haematoxylinMean mean haematoxylin over the nucleus
 * @param haematoxylinMax largest haematoxylin of any of its pixels
 * @param haematoxylinStd standard deviation of its pixels' haematoxylin
 * @param dabMean mean DAB over the nucleus: what positivity is decided on
 * @param dabMax largest DAB of any of its pixels
 * @param pixels how many pixels were measured
 */
public record NuclearStain(
        double haematoxylinMean,
        double haematoxylinMax,
        double haematoxylinStd,
        double dabMean,
        double dabMax,
        int pixels) {

    /** A nucleus with no pixel centre inside its outline (a sliver at the image's edge). */
    static final NuclearStain EMPTY = new NuclearStain(0, 0, 0, 0, 0, 0);
}
