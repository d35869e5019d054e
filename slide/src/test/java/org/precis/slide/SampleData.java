package org.precis.slide;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared sample data lies for tests: system property {@code precis.data} (set by the
 * build), else {@code PRECIS_DATA}, else {@code ../shared} beside the checkout.
 */
public final class SampleData {

    private SampleData() {}

    public static Path root() {
        return org.precis.testing.SampleData.root();
    }

    /** A sample slide; fails the test, rather than skipping it, when the data is missing. */
    public static Path slide(String name) {
        Path path = root().resolve("samples").resolve("wsi").resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("sample slide missing: " + path + " (set PRECIS_DATA)");
        }
        return path;
    }
}
