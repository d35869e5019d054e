package org.precis.slide;

/**
 * Physical size of one level-0 pixel.
 *
 * @param mppX micrometres per pixel along x
 * @param mppY micrometres per pixel along y
 */
public record PixelSize(double mppX, double mppY) {
    public PixelSize {
        if (!(mppX > 0) || !(mppY > 0) || Double.isInfinite(mppX) || Double.isInfinite(mppY)) {
            throw new IllegalArgumentException("pixel size must be positive and finite: " + mppX + " x " + mppY);
        }
    }

    /** The mean of the two axes, the figure a tiling asks about. */
    public double mpp() {
        return (mppX + mppY) / 2;
    }
}
