package org.precis.federation.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.precis.federation.study.StudySpecs;

/**
 * Mutated YAML files through the three readers of YAML a person writes: a site's configuration,
 * the coordinator's configuration and a study file. The first byte picks the reader, the rest is
 * the file; the seeds are the demo's own files. Only IllegalArgumentException naming the file may
 * come out.
 */
class YamlConfigsFuzzTest {

    private static Path folder;

    private final StudySpecs studies = new StudySpecs();

    @BeforeAll
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("fuzzed-configs");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "5s")
    void configReadersRaiseOnlyIllegalArgument(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path file = folder.resolve("fuzzed.yaml");
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        try {
            switch (Math.floorMod(input[0], 3)) {
                case 0 -> SiteConfig.read(file);
                case 1 -> CoordinatorConfig.read(file);
                default -> studies.read(file);
            }
        } catch (IllegalArgumentException expected) {
            if (!String.valueOf(expected.getMessage()).startsWith(file.toString())) {
                throw new AssertionError("message does not name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
