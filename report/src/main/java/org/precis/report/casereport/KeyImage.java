package org.precis.report.casereport;

import java.util.Arrays;

/**
 * A figure shown in the report (a thumbnail with the cells overlay, a predicted survival curve).
 *
 * @param title a short title
 * @param png the PNG bytes (copied in and out: the record stays immutable)
 * @param caption what it shows and how to read it
 */
public record KeyImage(String title, byte[] png, String caption) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public KeyImage {
        Text.require("key image title", title);
        Text.require("caption of key image " + title, caption);
        if (png == null
                || png.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new IllegalArgumentException("key image " + title + " is not a PNG");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyImage image
                && title.equals(image.title)
                && caption.equals(image.caption)
                && Arrays.equals(png, image.png);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * title.hashCode() + caption.hashCode()) + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "KeyImage[" + title + ", " + png.length + " PNG bytes]";
    }
}
