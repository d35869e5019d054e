package org.precis.slide;

import java.nio.file.Path;

/**
 * The file asks for more than the reader allows (a decompression bomb, a tile of gigapixels):
 * refused before any memory is allocated.
 */
public class SlideLimitException extends SlideException {
    private static final long serialVersionUID = 1L;

    public SlideLimitException(Path file, TileLocation tile, String problem) {
        super(file, tile, problem, null);
    }

    public SlideLimitException(Path file, String problem) {
        super(file, problem);
    }
}
