package org.precis.slide.deepzoom;

import java.util.function.IntToDoubleFunction;

/**
 * The size PIL's {@code Image.thumbnail(size)} (Pillow 9) gives an image: never enlarged, and
 * within the size asked for while keeping the image's aspect ratio, rounding the shorter side to
 * whichever whole pixel keeps the ratio closer (down on a tie), at least 1. OpenSlide shrinks
 * every Deep Zoom tile this way, so an edge tile may come out a pixel narrower than its place
 * in the grid.
 */
record ThumbnailSize(int width, int height) {

    static ThumbnailSize of(int width, int height, int maxWidth, int maxHeight) {
        if (maxWidth >= width && maxHeight >= height) {
            return new ThumbnailSize(width, height);
        }
        double aspect = (double) width / height;
        int x = maxWidth;
        int y = maxHeight;
        if ((double) x / y >= aspect) {
            int rows = y;
            x = roundAspect(rows * aspect, n -> Math.abs(aspect - (double) n / rows));
        } else {
            int columns = x;
            y = roundAspect(columns / aspect, n -> n == 0 ? 0 : Math.abs(aspect - (double) columns / n));
        }
        return new ThumbnailSize(x, y);
    }

    private static int roundAspect(double number, IntToDoubleFunction error) {
        int down = (int) Math.floor(number);
        int up = (int) Math.ceil(number);
        int closer = error.applyAsDouble(down) <= error.applyAsDouble(up) ? down : up;
        return Math.max(closer, 1);
    }
}
