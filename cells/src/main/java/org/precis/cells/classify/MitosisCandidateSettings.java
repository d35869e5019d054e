package org.precis.cells.classify;

/**
 * Where mitosis calls may be made besides the detected nuclei, and how close two calls may be. A
 * mitotic figure in anaphase or telophase is two chromatin masses a few micrometres apart, which a
 * nucleus detector finds as two nuclei with the figure's centre between them: a <em>pair
 * candidate</em> is the midpoint of two detected nuclei at most {@code pairMaxDistanceUm} apart of
 * which at least one is as dark as the image's {@code pairDarkerQuantile} quantile of nuclear
 * haematoxylin (mitotic chromatin is the darkest). Mitosis calls closer than {@code
 * suppressionRadiusUm} to a stronger call are dropped (non-maximum suppression), so that one figure
 * gives one call.
 *
 * @param pairMaxDistanceUm the farthest apart two nuclei of a pair candidate lie, µm; 0 for no pairs
 * @param pairDarkerQuantile the quantile, in [0, 1], of the image's nuclear haematoxylin means that
 *     the darker nucleus of a pair must reach
 * @param suppressionRadiusUm the radius of the non-maximum suppression, µm; 0 for none
 */
public record MitosisCandidateSettings(
        double pairMaxDistanceUm, double pairDarkerQuantile, double suppressionRadiusUm) {

    public MitosisCandidateSettings {
        if (!(pairMaxDistanceUm >= 0) || pairMaxDistanceUm > 50) {
            throw new IllegalArgumentException("pair distance must be 0..50 µm: " + pairMaxDistanceUm);
        }
        if (!(pairDarkerQuantile >= 0 && pairDarkerQuantile <= 1)) {
            throw new IllegalArgumentException("pair darkness quantile must be in [0, 1]: " + pairDarkerQuantile);
        }
        if (!(suppressionRadiusUm >= 0) || suppressionRadiusUm > 50) {
            throw new IllegalArgumentException("suppression radius must be 0..50 µm: " + suppressionRadiusUm);
        }
    }

    /**
     * The shipped settings: pairs of nuclei up to 13.5 µm apart (daughter chromatin masses lie up to
     * about 13 µm apart; the midpoint is then within about 7 µm of each) with the darker at least at
     * the image's median, and one call per 4 µm (the match radius).
     */
    public static MitosisCandidateSettings standard() {
        return new MitosisCandidateSettings(13.5, 0.5, 4.0);
    }

    /** Detected nuclei only, every call kept: the classifier as it was before candidates. */
    public static MitosisCandidateSettings nucleiOnly() {
        return new MitosisCandidateSettings(0, 0.5, 0);
    }

    public boolean pairs() {
        return pairMaxDistanceUm > 0;
    }
}
