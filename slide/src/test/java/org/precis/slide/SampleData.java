package org.precis.slide;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared sample data lies for tests: system property {@code precis.data} (set by the
 * build), else {@code PRECIS_DATA}, else {@code ../shared} beside the checkout.
 */
public final class SampleData {

    private SampleData() {
    }

    public static Path root() {
        String property = System.getProperty("precis.data");
        if (property != null && !property.isBlank() && !property.contains("${")) {
            return Path.of(property);
        }
        String environment = System.getenv("PRECIS_DATA");
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("slide"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("../shared").normalize();
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
