package org.precis.cells.run;

/**
 * The pixels a detector sees: level-0 pixels averaged in blocks of {@code downsample} x
 * {@code downsample}. A whole-number downsample read from level 0 puts every detector pixel on the
 * same level-0 pixels whatever the tiling, which is what makes a run independent of its tile size
 * (a pyramid level or a fractional resampling would shift with each tile's origin).
 *
 * @param slideMpp µm per level-0 pixel
 * @param downsample level-0 pixels per detector pixel, at least 1
 */
public record WorkingResolution(double slideMpp, int downsample) {

    /** Tolerance on the µm/px asked for: a downsample may give pixels up to 5% coarser. */
    static final double COARSER_TOLERANCE = 1.05;

    public WorkingResolution {
        if (!(slideMpp > 0) || Double.isInfinite(slideMpp)) {
            throw new IllegalArgumentException("µm/px must be positive and finite: " + slideMpp);
        }
        if (downsample < 1) {
            throw new IllegalArgumentException("downsample must be at least 1: " + downsample);
        }
    }

    /**
     * The largest whole-number downsample of level 0 whose pixels are at most 5% coarser than
     * {@code requestedMpp} (at least 1: a slide coarser than asked for is read at its own pixels).
     */
    public static WorkingResolution nearest(double slideMpp, double requestedMpp) {
        int downsample = (int) Math.max(1, Math.floor(requestedMpp / slideMpp * COARSER_TOLERANCE));
        return new WorkingResolution(slideMpp, downsample);
    }

    /** µm per detector pixel. */
    public double mpp() {
        return slideMpp * downsample;
    }
}
