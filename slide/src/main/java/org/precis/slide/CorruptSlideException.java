package org.precis.slide;

import java.nio.file.Path;

/** The file breaks its own format: truncated, inconsistent, or a tile that does not decode cleanly. */
public class CorruptSlideException extends SlideException {
    private static final long serialVersionUID = 1L;

    public CorruptSlideException(Path file, TileLocation tile, String problem, Throwable cause) {
        super(file, tile, problem, cause);
    }

    public CorruptSlideException(Path file, String problem) {
        super(file, problem);
    }
}
