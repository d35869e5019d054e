package org.precis.cli;

import java.nio.file.Path;

/** Where the sample data and models are: {@code --data}, else {@code PRECIS_DATA}, else {@code ../shared}. */
final class DataFolder {

    private DataFolder() {}

    static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnvironment = System.getenv("PRECIS_DATA");
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "../shared")
                .toAbsolutePath()
                .normalize();
    }
}
