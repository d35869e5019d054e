package org.precis.slide;

/**
 * A region to read: its top-left corner in level-0 pixels, its size in pixels of the requested
 * resolution (as OpenSlide's {@code read_region}).
 */
public record RegionRequest(long x, long y, int width, int height, Resolution resolution) {

    /** Largest region one request may ask for, in pixels (256 Mpx, 768 MiB of RGB). */
    public static final long MAX_PIXELS = 1L << 28;

    public RegionRequest {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("region size must be positive: " + width + "x" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("region of " + width + "x" + height
                    + " pixels is larger than the limit of " + MAX_PIXELS + " pixels");
        }
        if (resolution == null) {
            throw new IllegalArgumentException("resolution is required");
        }
    }

    public static RegionRequest atLevel(int level, long x, long y, int width, int height) {
        return new RegionRequest(x, y, width, height, Resolution.level(level));
    }

    public static RegionRequest atMpp(double mpp, long x, long y, int width, int height) {
        return new RegionRequest(x, y, width, height, Resolution.mpp(mpp));
    }
}
