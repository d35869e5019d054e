package org.precis.embed.patches;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Patch image files with their class labels, as listed by a labels file: CSV with a header whose
 * first two columns are the patch path (relative to the patch folder) and its label; further
 * columns are ignored. Class names are the labels in sorted order.
 */
public record LabelledPatches(Path folder, List<String> fileNames, List<String> labels, List<String> classNames) {

    /** More rows than this is surely not a patch list. */
    static final int MAX_PATCHES = 10_000_000;

    public LabelledPatches {
        Objects.requireNonNull(folder, "folder");
        fileNames = List.copyOf(fileNames);
        labels = List.copyOf(labels);
        classNames = List.copyOf(classNames);
        if (fileNames.size() != labels.size() || fileNames.isEmpty()) {
            throw new IllegalArgumentException("need one label per patch and at least one patch");
        }
    }

    /**
     * Reads {@code labelsFile}, checking that every listed patch exists in {@code folder}.
     *
     * @throws PatchInputException a one-line message naming the labels file, the line and the
     *     file that is wrong
     */
    public static LabelledPatches read(Path folder, Path labelsFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new PatchInputException(folder, "patch folder not found");
        }
        if (!Files.isRegularFile(labelsFile)) {
            throw new PatchInputException(labelsFile, "labels file not found");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(labelsFile, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PatchInputException(labelsFile, "not UTF-8 text", e);
        }
        if (lines.isEmpty() || lines.get(0).split(",", -1).length < 2) {
            throw new PatchInputException(labelsFile, "expected a header 'path,label' on the first line");
        }
        if (lines.size() > MAX_PATCHES) {
            throw new PatchInputException(labelsFile, "more than " + MAX_PATCHES + " rows");
        }
        List<String> files = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Path root = folder.toAbsolutePath().normalize();
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new PatchInputException(labelsFile, "line " + (row + 1)
                        + ": expected a path and a label");
            }
            String name = fields[0].strip();
            Path file;
            try {
                file = root.resolve(name).normalize();
            } catch (InvalidPathException e) {
                throw new PatchInputException(labelsFile, "line " + (row + 1) + ": not a valid path: "
                        + e.getReason());
            }
            if (!file.startsWith(root)) {
                throw new PatchInputException(labelsFile, "line " + (row + 1) + ": " + name
                        + " lies outside the patch folder " + folder);
            }
            if (!Files.isRegularFile(file)) {
                throw new PatchInputException(labelsFile, "line " + (row + 1) + ": patch file not found: "
                        + file);
            }
            files.add(name);
            labels.add(fields[1].strip());
        }
        if (files.isEmpty()) {
            throw new PatchInputException(labelsFile, "lists no patches");
        }
        return new LabelledPatches(folder, files, labels, List.copyOf(new TreeSet<>(labels)));
    }

    public int size() {
        return fileNames.size();
    }

    /** The file of patch {@code index}. */
    public Path file(int index) {
        return folder.resolve(fileNames.get(index));
    }

    /** All patch files, in the list's order. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            files.add(file(i));
        }
        return files;
    }

    /** The class index of patch {@code index} in {@link #classNames()}. */
    public int classIndex(int index) {
        return classNames.indexOf(labels.get(index));
    }
}
