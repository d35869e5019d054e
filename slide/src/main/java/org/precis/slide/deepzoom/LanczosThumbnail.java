package org.precis.slide.deepzoom;

import org.precis.slide.RgbImage;

/**
 * Shrinks a region to a tile as OpenSlide's Deep Zoom generator does, with PIL's
 * {@code thumbnail(size, LANCZOS)}: the size kept to the region's aspect ratio
 * ({@link ThumbnailSize}), a whole-factor {@link BoxReduction} first when the shrink is 4 or
 * more (Pillow's {@code reducing_gap=2}), then {@link LanczosResampling} over what is left.
 */
final class LanczosThumbnail {

    private static final double REDUCING_GAP = 2.0;

    private LanczosThumbnail() {}

    static RgbImage shrink(RgbImage region, int maxWidth, int maxHeight) {
        ThumbnailSize size = ThumbnailSize.of(region.width(), region.height(), maxWidth, maxHeight);
        if (size.width() == region.width() && size.height() == region.height()) {
            return region;
        }
        int factorX = Math.max(1, (int) ((double) region.width() / size.width() / REDUCING_GAP));
        int factorY = Math.max(1, (int) ((double) region.height() / size.height() / REDUCING_GAP));
        if (factorX > 1 || factorY > 1) {
            RgbImage reduced = BoxReduction.reduce(region, factorX, factorY);
            return LanczosResampling.resize(
                    reduced, size.width(), size.height(), (float) ((double) region.width() / factorX), (float)
                            ((double) region.height() / factorY));
        }
        return LanczosResampling.resize(region, size.width(), size.height(), region.width(), region.height());
    }
}
