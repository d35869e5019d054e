package org.precis.embed.patches;

import org.precis.slide.RgbImage;

/**
 * The eight symmetries of a square (the dihedral group D4): tissue has no up or left, so a
 * patch's class does not change under any of them, and averaging the embeddings of all eight is
 * the usual test-time augmentation in pathology.
 */
public enum PatchView {
    IDENTITY(false, 0),
    ROTATE_90(false, 1),
    ROTATE_180(false, 2),
    ROTATE_270(false, 3),
    MIRROR(true, 0),
    MIRROR_ROTATE_90(true, 1),
    MIRROR_ROTATE_180(true, 2),
    MIRROR_ROTATE_270(true, 3);

    private final boolean mirrored;
    private final int quarterTurns;

    PatchView(boolean mirrored, int quarterTurns) {
        this.mirrored = mirrored;
        this.quarterTurns = quarterTurns;
    }

    /**
     * The image mirrored left-right (if this view mirrors), then turned clockwise by quarter
     * turns; a non-square image swaps width and height on odd turns.
     */
    public RgbImage apply(RgbImage image) {
        if (this == IDENTITY) {
            return image;
        }
        int width = image.width();
        int height = image.height();
        boolean swap = quarterTurns % 2 == 1;
        int outWidth = swap ? height : width;
        int outHeight = swap ? width : height;
        byte[] source = image.rgb();
        byte[] target = new byte[source.length];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                // Source pixel of output (x, y): undo the turn, then undo the mirror.
                int sx;
                int sy;
                switch (quarterTurns) {
                    case 1 -> {
                        sx = y;
                        sy = height - 1 - x;
                    }
                    case 2 -> {
                        sx = width - 1 - x;
                        sy = height - 1 - y;
                    }
                    case 3 -> {
                        sx = width - 1 - y;
                        sy = x;
                    }
                    default -> {
                        sx = x;
                        sy = y;
                    }
                }
                if (mirrored) {
                    sx = width - 1 - sx;
                }
                int from = 3 * (sy * width + sx);
                int to = 3 * (y * outWidth + x);
                target[to] = source[from];
                target[to + 1] = source[from + 1];
                target[to + 2] = source[from + 2];
            }
        }
        return new RgbImage(outWidth, outHeight, target);
    }
}
