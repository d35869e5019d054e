package org.precis.cells.grade;

import java.util.List;

/**
 * Tubule formation: the percentage of the tumour area forming glands (tubules), scored 1 above
 * 75%, 2 from 10% to 75%, 3 below 10% (Elston and Ellis 1991). The gland area is estimated from the
 * lumina found ({@link GradingBlocks}: each lumen with one epithelial layer around it), over the
 * tumour area, capped at 100%.
 */
public record TubuleFormation(double glandAreaMm2, double tumourAreaMm2, double percent, int score) {

    /** The score of a percentage of tumour area forming tubules. */
    public static int score(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("tubule percentage must be 0..100: " + percent);
        }
        if (percent > 75) {
            return 1;
        }
        return percent >= 10 ? 2 : 3;
    }

    /**
     * The estimate from {@code blocks}.
     *
     * @throws IllegalArgumentException if a block's lumina were not looked for, or there is no tumour area
     */
    public static TubuleFormation of(List<GradingBlock> blocks) {
        double gland = 0;
        double tumour = 0;
        for (GradingBlock b : blocks) {
            if (b.glandAreaMm2().isEmpty()) {
                throw new IllegalArgumentException(
                        "tubule formation needs the lumina of every field (" + b.field() + " has none)");
            }
            gland += b.glandAreaMm2().getAsDouble();
            tumour += b.tumourAreaMm2();
        }
        if (!(tumour > 0)) {
            throw new IllegalArgumentException("no tumour area to estimate tubule formation over");
        }
        double percent = Math.min(100, 100 * gland / tumour);
        return new TubuleFormation(gland, tumour, percent, score(percent));
    }
}
