package org.precis.slide.deepzoom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.precis.slide.SlideException;

/**
 * Which file a slide's tiles come from, as far as caches and ETags need to know: its path, size
 * and modification time. A file replaced in place gets new tiles; hashing the whole file would
 * cost seconds for a large slide.
 */
public record SlideIdentity(Path path, long size, Instant modified) {

    public SlideIdentity {
        if (path == null || modified == null || size < 0) {
            throw new IllegalArgumentException("a slide identity needs a path, a size >= 0 and a time");
        }
    }

    public static SlideIdentity of(Path file) throws SlideException {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            return new SlideIdentity(
                    absolute,
                    Files.size(absolute),
                    Files.getLastModifiedTime(absolute).toInstant());
        } catch (IOException e) {
            throw new SlideException(file, null, "cannot read its size and modification time: " + e.getMessage(), e);
        }
    }
}
