package org.precis.slide.dicom;

import java.io.ByteArrayOutputStream;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.TileLocation;
import org.precis.slide.spi.SlideFile;

/**
 * Where each frame's bytes lie: a frame is one or more consecutive fragments (for native pixel
 * data, exactly one slice of the value). Only offsets are held; bytes are read per frame.
 */
final class FrameTable {

    private final long[] fragmentOffsets;
    private final int[] fragmentLengths;
    /** Frame {@code i} is fragments {@code firstFragment[i]} (inclusive) to {@code firstFragment[i + 1]}. */
    private final int[] firstFragment;

    FrameTable(long[] fragmentOffsets, int[] fragmentLengths, int[] firstFragment) {
        this.fragmentOffsets = fragmentOffsets.clone();
        this.fragmentLengths = fragmentLengths.clone();
        this.firstFragment = firstFragment.clone();
    }

    int frames() {
        return firstFragment.length - 1;
    }

    /** The frame's bytes, read from the file; the frame must not exceed {@code maxBytes}. */
    byte[] read(SlideFile file, int frame, long maxBytes, TileLocation location) throws SlideException {
        int from = firstFragment[frame];
        int to = firstFragment[frame + 1];
        long total = 0;
        for (int i = from; i < to; i++) {
            total += fragmentLengths[i];
        }
        if (total > maxBytes) {
            throw new SlideLimitException(
                    file.path(),
                    location,
                    "frame " + (frame + 1) + " of " + total + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        try {
            if (to - from == 1) {
                return file.read(fragmentOffsets[from], fragmentLengths[from], "frame " + (frame + 1));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) total);
            for (int i = from; i < to; i++) {
                out.writeBytes(file.read(fragmentOffsets[i], fragmentLengths[i], "frame " + (frame + 1)));
            }
            return out.toByteArray();
        } catch (CorruptSlideException e) {
            throw new CorruptSlideException(
                    file.path(), location, "frame " + (frame + 1) + " lies past the end of the file", e);
        }
    }
}
