package org.precis.federation.pki;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated PEM files through the readers of private keys, certificate chains and revocation lists:
 * only {@link PkiException} naming the file may come out. The first byte picks the reader, the
 * rest is the file; the seeds are keys, certificates and revocation lists of the demo's
 * collaboration.
 */
class PemFilesFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed", ".pem");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void pemReadersRaiseOnlyPkiException(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        try {
            switch (Math.floorMod(input[0], 3)) {
                case 0 -> PemFiles.readPrivateKey(file);
                case 1 -> PemFiles.readCertificates(file);
                default -> PemFiles.readCrl(file);
            }
        } catch (PkiException expected) {
            if (!expected.getMessage().startsWith(file.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
