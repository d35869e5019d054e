package org.precis.slide.openslide;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared sample data is: the {@code precis.data} system property (set by Surefire),
 * else the {@code PRECIS_DATA} environment variable, else {@code ../shared} next to the checkout.
 */
final class TestData {

    private TestData() {
    }

    static Path root() {
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

    static Path wsi(String name) {
        Path file = root().resolve("samples/wsi").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("sample " + file + " is missing; set PRECIS_DATA");
        }
        return file;
    }
}
