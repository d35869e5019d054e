package org.precis.slide.tiff;

import java.util.Optional;
import org.precis.slide.PixelSize;

/**
 * The pixel size the TIFF resolution tags state, by one rule for every reader that sees them:
 * only centimetre units, and only sizes a microscope produces. Inch resolutions, and centimetre
 * ones outside 0.01 to 100 µm, are writers' defaults (72 dpi, which libvips stores as
 * 28.35 px/cm, 352.8 µm/px), not measurements.
 */
public final class TiffResolution {

    private static final double SMALLEST_MPP = 0.01;
    private static final double LARGEST_MPP = 100;

    private TiffResolution() {}

    /**
     * @param centimetres whether ResolutionUnit is the centimetre
     * @param xResolution pixels per unit along x
     * @param yResolution pixels per unit along y
     */
    public static Optional<PixelSize> pixelSize(boolean centimetres, double xResolution, double yResolution) {
        if (!centimetres
                || !(xResolution > 0)
                || !(yResolution > 0)
                || Double.isInfinite(xResolution)
                || Double.isInfinite(yResolution)) {
            return Optional.empty();
        }
        double mppX = 10000 / xResolution;
        double mppY = 10000 / yResolution;
        if (mppX < SMALLEST_MPP || mppX > LARGEST_MPP || mppY < SMALLEST_MPP || mppY > LARGEST_MPP) {
            return Optional.empty();
        }
        return Optional.of(new PixelSize(mppX, mppY));
    }
}
