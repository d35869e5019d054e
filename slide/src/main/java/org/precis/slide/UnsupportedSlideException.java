package org.precis.slide;

import java.nio.file.Path;

/** The file may be valid, but no reader here handles it (unknown format, compression or layout). */
public class UnsupportedSlideException extends SlideException {
    private static final long serialVersionUID = 1L;

    public UnsupportedSlideException(Path file, TileLocation tile, String problem) {
        super(file, tile, problem, null);
    }

    public UnsupportedSlideException(Path file, String problem) {
        super(file, problem);
    }
}
