package org.precis.molecular.pam50;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.table.CsvSeparator;
import org.precis.table.InputDataException;

/**
 * Mutated expression tables through reading, mapping and subtyping, against the synthetic edge-case
 * annotation: a bad table may only raise {@link InputDataException} naming it. Without {@code
 * JAZZER_FUZZ} the test replays its seeds (the head of the edge-case table) and earlier findings.
 */
class Pam50FuzzTest {

    private static Path table;
    private static ProbeAnnotation annotation;

    @BeforeAll
    static void setUp() throws IOException, URISyntaxException {
        table = Files.createTempFile("fuzzed-expression", ".csv");
        annotation = ProbeAnnotation.read(
                Path.of(Pam50FuzzTest.class
                        .getResource("/reference/edges_annotation.csv")
                        .toURI()),
                CsvSeparator.AUTO);
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(table);
    }

    @FuzzTest(maxDuration = "5s")
    void subtypingRaisesOnlyInputDataException(byte[] input) throws IOException {
        Files.write(table, input);
        try {
            new Pam50Subtyping(Pam50Centroids.genefu(), 1).run(new ExpressionCsv(CsvSeparator.AUTO), table, annotation);
        } catch (InputDataException expected) {
            if (!expected.getMessage().startsWith(table.toString())) {
                throw new AssertionError("message does not name the table: " + expected.getMessage(), expected);
            }
        }
    }
}
