package org.precis.embed.patches;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.precis.io.file.FileSha256;
import org.precis.table.CsvRecords;
import org.precis.table.CsvSeparator;
import org.precis.table.CsvText;
import org.precis.table.InputDataException;

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
        return read(folder, labelsFile, CsvSeparator.AUTO);
    }

    /**
     * Reads {@code labelsFile} as hospitals export CSV (UTF-8 with or without a byte-order mark or
     * Windows-1252; the separator given, or taken from the header line), checking that every listed
     * patch exists in {@code folder}.
     *
     * @throws PatchInputException a one-line message naming the labels file, the line (header =
     *     line 1) and the file that is wrong
     */
    public static LabelledPatches read(Path folder, Path labelsFile, CsvSeparator separator) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new PatchInputException(folder, "patch folder not found");
        }
        if (!Files.isRegularFile(labelsFile)) {
            throw new PatchInputException(labelsFile, "labels file not found");
        }
        CsvRecords records;
        CsvRecords.CsvRecord header;
        try {
            records = CsvText.read(labelsFile, separator).records();
            header = records.next();
        } catch (InputDataException e) {
            throw new PatchInputException(labelsFile, e.problem());
        }
        if (header.fields().size() < 2) {
            throw new PatchInputException(labelsFile, "expected a header 'path,label' on the first line");
        }
        List<String> files = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Path root = folder.toAbsolutePath().normalize();
        for (CsvRecords.CsvRecord record = next(records, labelsFile);
                !record.isEnd();
                record = next(records, labelsFile)) {
            if (record.isBlank()) {
                continue;
            }
            if (files.size() >= MAX_PATCHES) {
                throw new PatchInputException(labelsFile, "more than " + MAX_PATCHES + " rows");
            }
            List<CsvRecords.Field> fields = record.fields();
            String where = "line " + record.line();
            if (fields.size() < 2
                    || fields.get(0).value() == null
                    || fields.get(1).value() == null) {
                throw new PatchInputException(labelsFile, where + ": expected a path and a label");
            }
            String name = fields.get(0).value();
            Path file;
            try {
                file = root.resolve(name).normalize();
            } catch (InvalidPathException e) {
                throw new PatchInputException(labelsFile, where + ": not a valid path: " + e.getReason());
            }
            if (!file.startsWith(root)) {
                throw new PatchInputException(
                        labelsFile, where + ": " + name + " lies outside the patch folder " + folder);
            }
            if (!Files.isRegularFile(file)) {
                throw new PatchInputException(labelsFile, where + ": patch file not found: " + file);
            }
            files.add(name);
            labels.add(fields.get(1).value());
        }
        if (files.isEmpty()) {
            throw new PatchInputException(labelsFile, "lists no patches");
        }
        return new LabelledPatches(folder, files, labels, List.copyOf(new TreeSet<>(labels)));
    }

    private static CsvRecords.CsvRecord next(CsvRecords records, Path labelsFile) throws PatchInputException {
        try {
            return records.next();
        } catch (InputDataException e) {
            throw new PatchInputException(labelsFile, "line " + e.line().orElse(0) + ": " + e.problem());
        }
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

    /**
     * SHA-256 over each patch's "name TAB label TAB sha256(bytes)" line, in order: the data a patch
     * set was embedded from, as its provenance and a model's record it.
     */
    public String dataSha256() throws IOException {
        MessageDigest digest = FileSha256.newDigest();
        for (int i = 0; i < size(); i++) {
            String line = fileNames.get(i) + "\t" + labels.get(i) + "\t" + FileSha256.of(file(i)) + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
