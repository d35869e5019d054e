package org.precis.casework.training;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The export's output folder, written whole or not at all: everything goes into a hidden folder
 * beside it, which is renamed to the output when complete and deleted when anything fails. The
 * output may be missing or an empty folder; anything else is refused before work starts.
 */
final class ExportFolder implements AutoCloseable {
    private final Path output;
    private final Path staging;
    private boolean placed;

    private ExportFolder(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Checks that {@code output} may be written and makes its staging folder beside it. */
    static ExportFolder beside(Path output) throws IOException, TrainingPatchException {
        Path target = output.toAbsolutePath().normalize();
        requireWritable(target);
        Path parent = target.getParent();
        if (parent == null) {
            throw new TrainingPatchException(output + ": cannot export into the root of the file system");
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        return new ExportFolder(target, staging);
    }

    /** Refuses a file, or a folder that holds anything. */
    static void requireWritable(Path output) throws IOException, TrainingPatchException {
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new TrainingPatchException(output + ": output exists and is not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            if (entries.iterator().hasNext()) {
                throw new TrainingPatchException(output + ": output folder is not empty");
            }
        }
    }

    /** Where files are written until {@link #place}. */
    Path staging() {
        return staging;
    }

    Path output() {
        return output;
    }

    /** Renames the staging folder to the output (replacing an empty output folder). */
    void place() throws IOException, TrainingPatchException {
        requireWritable(output);
        Files.deleteIfExists(output);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        placed = true;
    }

    /** Deletes the staging folder unless it was placed. */
    @Override
    public void close() throws IOException {
        if (placed || !Files.exists(staging)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(staging)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
    }
}
