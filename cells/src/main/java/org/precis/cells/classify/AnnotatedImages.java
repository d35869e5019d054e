package org.precis.cells.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.evaluation.AnnotatedPoint;
import org.precis.cells.nuclei.evaluation.PointAnnotations;
import org.precis.io.file.FileSha256;
import org.precis.table.InputDataException;

/**
 * Reads a point-annotated development set laid out as {@code samples/cells/brecahad}:
 * {@code images/NAME.jpg}, {@code annotations/NAME.csv} ({@code x,y,class} with classes
 * {@code tumor}, {@code non_tumor}, {@code mitosis}, {@code apoptosis}, {@code tubule},
 * {@code non_tubule}) and {@code cases.csv} ({@code image,case}).
 */
public final class AnnotatedImages {

    private static final Map<String, CellClass> NUCLEUS_CLASSES = Map.of(
            "tumor", CellClass.TUMOR,
            "non_tumor", CellClass.NON_TUMOR,
            "mitosis", CellClass.MITOSIS,
            "apoptosis", CellClass.APOPTOSIS);

    private AnnotatedImages() {}

    /**
     * Every image of the set, sorted by name.
     *
     * @throws IllegalArgumentException naming the file and line when a file is missing or malformed
     */
    public static List<AnnotatedImage> read(Path folder) throws IOException {
        Path cases = folder.resolve("cases.csv");
        if (!Files.isRegularFile(cases)) {
            throw new InputDataException(folder, 0, "not an annotated cell set (no cases.csv)");
        }
        Map<String, String> caseOf = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals("image,case")) {
            throw new InputDataException(cases, 1, "the header must be 'image,case'");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InputDataException(cases, i + 1, "expected 'image,case'");
            }
            caseOf.put(parts[0], parts[1]);
            names.add(parts[0]);
        }
        names.sort(String::compareTo);
        List<AnnotatedImage> images = new ArrayList<>();
        for (String name : names) {
            Path image = folder.resolve("images").resolve(name + ".jpg");
            Path annotations = folder.resolve("annotations").resolve(name + ".csv");
            if (!Files.isRegularFile(image) || !Files.isRegularFile(annotations)) {
                throw new IllegalArgumentException(
                        folder + ": image " + name + " needs images/" + name + ".jpg and annotations/" + name + ".csv");
            }
            images.add(readOne(name, caseOf.get(name), image, annotations));
        }
        if (images.isEmpty()) {
            throw new InputDataException(cases, 0, "lists no images");
        }
        return images;
    }

    /**
     * The images {@code images} (any file {@link PlainImages} reads) with the annotations of each,
     * {@code annotations/NAME.csv} for image {@code NAME.ext}, in the order given; {@code caseId}
     * names the patient of them all, or says it is unknown.
     *
     * @throws IllegalArgumentException naming the file when an image or its annotations are missing
     *     or malformed, or an image is given twice
     */
    public static List<AnnotatedImage> of(List<Path> images, Path annotations, String caseId) throws IOException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no images given");
        }
        List<AnnotatedImage> read = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path image : images) {
            String file = image.getFileName().toString();
            int dot = file.lastIndexOf('.');
            String name = dot > 0 ? file.substring(0, dot) : file;
            if (!Files.isRegularFile(image)) {
                throw new InputDataException(image, 0, "no such image");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(image + ": an image named " + name + " is given twice");
            }
            Path points = annotations.resolve(name + ".csv");
            if (!Files.isRegularFile(points)) {
                throw new InputDataException(points, 0, "no annotations for image " + image);
            }
            read.add(readOne(name, caseId, image, points));
        }
        return read;
    }

    private static AnnotatedImage readOne(String name, String caseId, Path image, Path annotations) throws IOException {
        List<AnnotatedCell> cells = new ArrayList<>();
        List<double[]> tubules = new ArrayList<>();
        List<double[]> nonTubules = new ArrayList<>();
        List<AnnotatedPoint> points = PointAnnotations.read(annotations);
        for (int i = 0; i < points.size(); i++) {
            AnnotatedPoint point = points.get(i);
            String label = point.className();
            if (label.equals("tubule")) {
                tubules.add(new double[] {point.x(), point.y()});
            } else if (label.equals("non_tubule")) {
                nonTubules.add(new double[] {point.x(), point.y()});
            } else if (NUCLEUS_CLASSES.containsKey(label)) {
                cells.add(new AnnotatedCell(point.x(), point.y(), NUCLEUS_CLASSES.get(label)));
            } else {
                throw new InputDataException(
                        annotations,
                        0,
                        "point " + (i + 1) + ": unknown class '" + label + "' (expected one of "
                                + NUCLEUS_CLASSES.keySet() + ", tubule, non_tubule)");
            }
        }
        return new AnnotatedImage(
                name, caseId, image, FileSha256.of(image), FileSha256.of(annotations), cells, tubules, nonTubules);
    }
}
