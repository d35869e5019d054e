package org.precis.federation.audit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Mutated audit logs through the verifier ({@code precis federation audit verify}) and through
 * opening a log to append to it (what a site does at start): a damaged log is a verification
 * problem or an {@link AuditException} naming the file, nothing else. The seeds are logs a site
 * of the federation demo wrote.
 */
class AuditLogFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-audit", ".log");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void auditReadersRaiseOnlyAuditException(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
            if (verification.problem().isEmpty()) {
                AuditLog.open(file, Clock.systemUTC()).close();
            }
        } catch (AuditException expected) {
            if (!expected.getMessage().startsWith(file.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
