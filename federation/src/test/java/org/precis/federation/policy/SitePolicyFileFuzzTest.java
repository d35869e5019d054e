package org.precis.federation.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated policy files through the policy reader: only {@link PolicyFileException} naming the file
 * may come out. The seeds are the demo's site policies.
 */
class SitePolicyFileFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-policy", ".yaml");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void policyReaderRaisesOnlyPolicyFileException(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            SitePolicyFile.load(file);
        } catch (PolicyFileException expected) {
            if (!expected.getMessage().startsWith(file.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
