package org.precis.survival.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Arbitrary bytes as a CSV file through the CSV reader and a design on what it reads: only
 * IllegalArgumentException may escape, and the reader's names the file.
 */
class SurvivalCsvFuzzTest {
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("fuzzed-table", ".csv");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5s")
    void csvAndDesignRaiseOnlyIllegalArgument(FuzzedDataProvider data) throws IOException {
        Files.write(file, data.consumeRemainingAsBytes());
        SurvivalTable t;
        try {
            t = SurvivalTable.readCsv(file);
        } catch (IllegalArgumentException expected) {
            if (!expected.getMessage().startsWith(file.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
            return;
        }
        try {
            if (t.columnNames().size() >= 2) {
                List<String> names = t.columnNames();
                CoxDesign.builder()
                        .time(names.get(0))
                        .event(names.get(1))
                        .covariates(names.subList(names.size() > 2 ? 2 : 1, names.size()))
                        .on(t);
            }
        } catch (IllegalArgumentException expected) {
            // bad input is reported, never a crash of another kind
        }
    }
}
