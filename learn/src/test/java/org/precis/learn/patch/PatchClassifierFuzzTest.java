package org.precis.learn.patch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.embed.patches.PatchInputException;

/**
 * Mutated model files through the model reader: a damaged file may only raise
 * {@link PatchInputException} (naming it). Without {@code JAZZER_FUZZ} the test replays its seeds
 * and earlier findings.
 */
class PatchClassifierFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-model", ".json");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void modelReaderRaisesOnlyPatchInputException(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            new PatchClassifiers().read(file);
        } catch (PatchInputException expected) {
            // the one way a damaged model file may fail
        }
    }
}
