package org.precis.embed;

import java.io.IOException;
import org.precis.slide.RgbImage;

/** Reads one tile (from a slide region, an image file...) for an {@link EmbeddingExtraction}. */
@FunctionalInterface
public interface TileLoader<T> {

    RgbImage load(T source) throws IOException;
}
