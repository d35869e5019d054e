package org.precis.survival.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Finds the shared data folder as the project does: system property {@code precis.data}, else
 * environment {@code PRECIS_DATA}, else {@code ../shared} next to the repository root.
 */
public final class TestData {
    private TestData() {}

    public static Path dataFolder() {
        return org.precis.testing.SampleData.root();
    }

    /** A table from shared/samples/clinical. */
    public static SurvivalTable clinical(String file) {
        return read(dataFolder().resolve("samples").resolve("clinical").resolve(file));
    }

    /** A table derived by make_reference.R, committed in src/test/fixtures/cox. */
    public static SurvivalTable coxFixture(String file) {
        return read(Path.of("src", "test", "fixtures", "cox", file));
    }

    private static SurvivalTable read(Path file) {
        try {
            return SurvivalTable.readCsv(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
