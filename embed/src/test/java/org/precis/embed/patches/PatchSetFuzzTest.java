package org.precis.embed.patches;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated HDF5 files through the patch-set reader: a damaged file may only raise
 * {@link PatchInputException} (naming it). Without {@code JAZZER_FUZZ} the test replays its seeds
 * (an h5py-written patch set) and earlier findings.
 */
class PatchSetFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-patch-set", ".h5");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void patchSetReaderRaisesOnlyPatchInputException(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            new PatchSets().read(file);
        } catch (PatchInputException expected) {
            // the one way a damaged patch set may fail
        }
    }
}
