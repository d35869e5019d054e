package org.precis.embed.patches;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated labels files (CSV: patch path, label) over the LC25000 sample folder through the labels
 * reader: a bad file may only raise {@link PatchInputException} naming it. Without
 * {@code JAZZER_FUZZ} the test replays its seeds (rows of the sample's own labels file) and earlier
 * findings.
 */
class LabelledPatchesFuzzTest {

    private static Path labels;
    private static Path folder;

    @BeforeAll
    static void createFile() throws IOException {
        labels = Files.createTempFile("fuzzed-labels", ".csv");
        folder = PatchFixtures.lc25000();
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(labels);
    }

    @FuzzTest(maxDuration = "5s")
    void labelsReaderRaisesOnlyPatchInputException(byte[] input) throws IOException {
        Files.write(labels, input);
        try {
            LabelledPatches.read(folder, labels);
        } catch (PatchInputException expected) {
            if (!expected.getMessage().startsWith(labels.toString())) {
                throw new AssertionError("message does not name the labels file: " + expected.getMessage(), expected);
            }
        }
    }
}
