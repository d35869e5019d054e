package org.precis.embed.patches;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small patch folders copied from the LC25000 sample into a test's temporary folder. */
final class PatchFixtures {

    private PatchFixtures() {}

    static Path lc25000() {
        Path folder = org.precis.testing.SampleData.root().resolve("samples/patches/lung_LC25000_224px");
        if (!Files.isRegularFile(folder.resolve("labels.csv"))) {
            throw new IllegalStateException("LC25000 patches missing: " + folder + " (set PRECIS_DATA)");
        }
        return folder;
    }

    /**
     * Copies the first {@code perClass} patches of each class into {@code target} and writes a
     * labels.csv listing them.
     */
    static Path copy(Path target, int perClass) throws IOException {
        Path source = lc25000();
        List<String> lines = Files.readAllLines(source.resolve("labels.csv"));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            if (taken.merge(fields[1], 1, Integer::sum) <= perClass) {
                Path file = target.resolve(fields[0]);
                Files.createDirectories(file.getParent());
                Files.copy(source.resolve(fields[0]), file);
                out.add(line);
            }
        }
        Files.write(target.resolve("labels.csv"), out);
        return target.resolve("labels.csv");
    }
}
