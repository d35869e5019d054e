package org.precis.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared sample data lies for tests: system property {@code precis.data} (set by the
 * build), else {@code PRECIS_DATA}, else {@code ../shared} beside the repository root. Missing
 * data fails a test rather than skipping it.
 */
public final class SampleData {

    private SampleData() {}

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
        while (directory != null && !Files.isRegularFile(directory.resolve("precis"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "cannot find the repository root above " + Path.of("").toAbsolutePath() + "; set PRECIS_DATA");
        }
        return directory.resolve("../shared").normalize();
    }

    /** A file or folder under the data root, which must exist. */
    public static Path path(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("sample data missing: " + path + " (set PRECIS_DATA)");
        }
        return path;
    }
}
