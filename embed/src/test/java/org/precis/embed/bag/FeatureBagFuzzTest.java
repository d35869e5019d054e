package org.precis.embed.bag;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated HDF5 files through the feature-bag reader: a damaged file may only raise
 * {@link IOException} or {@link IllegalArgumentException}, and must not exhaust memory. Without
 * {@code JAZZER_FUZZ} the test replays its seeds and earlier findings.
 */
class FeatureBagFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-bag", ".h5");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void bagReaderRaisesOnlyIoOrIllegalArgument(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            new FeatureBags(1 << 20).read(file);
        } catch (IOException | IllegalArgumentException expected) {
            // the ways a damaged bag may fail
        }
    }
}
