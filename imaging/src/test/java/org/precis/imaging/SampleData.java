package org.precis.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/**
 * Where the shared sample data lies for tests: system property {@code precis.data} (set by the
 * build), else {@code PRECIS_DATA}, else {@code ../shared} beside the checkout.
 */
public final class SampleData {

    private SampleData() {}

    public static Path root() {
        return org.precis.testing.SampleData.root();
    }

    /** A sample file under {@code samples/}; fails the test, rather than skipping it, when missing. */
    public static Path sample(String relative) {
        Path path = root().resolve("samples").resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("sample missing: " + path + " (set PRECIS_DATA)");
        }
        return path;
    }

    /** A sample PNG patch, decoded. */
    public static RgbImage patch(String relative) throws IOException {
        return RgbImage.of(ImageIO.read(sample(relative).toFile()));
    }
}
