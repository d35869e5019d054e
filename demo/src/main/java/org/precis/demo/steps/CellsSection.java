package org.precis.demo.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's breast H&amp;E cells part, on the BreCaHAD fields: nuclei found and classed Tumor,
 * Non-tumor, Mitosis or Apoptosis on two fields, with the overlay a pathologist checks the calls on
 * and the cells for QuPath; then the Nottingham grade components over all fields.
 */
final class CellsSection {
    static final String TITLE = "cells";

    /** The BreCaHAD fields' pixel size, µm: an estimate (see the data set's README). */
    static final String BRECAHAD_MPP = "0.32";

    /** The two fields detected and classified: the ones with the most annotated mitoses and non-tumour nuclei. */
    static final List<String> SHOWN_FIELDS = List.of("Case_12-01", "Case_12-09");

    private CellsSection() {}

    /** Plans the section and creates its output folder ({@code cells detect} writes into an existing one). */
    static DemoSection of(Path data, Path output) throws IOException {
        Path images =
                data.resolve("samples").resolve("cells").resolve("brecahad").resolve("images");
        List<Path> fields = fields(images);
        if (fields.isEmpty()) {
            return new DemoSection(
                    TITLE,
                    "Cells on the BreCaHAD breast fields",
                    List.of(),
                    List.of("no BreCaHAD fields (*.jpg) in " + images + ": no cells steps"));
        }
        Path folder = Files.createDirectories(output.resolve("cells"));
        List<DemoStep> steps = new ArrayList<>();
        for (String name : SHOWN_FIELDS) {
            Path field = images.resolve(name + ".jpg");
            if (!Files.isRegularFile(field)) {
                continue;
            }
            steps.add(new DemoStep(
                    List.of(
                            "cells",
                            "detect",
                            field.toString(),
                            "--mpp",
                            BRECAHAD_MPP,
                            "--classify",
                            "--data",
                            data.toString(),
                            "--overlay",
                            folder.resolve(name + ".cells-overlay.png").toString(),
                            "-o",
                            folder.resolve(name + ".cells.geojson").toString()),
                    List.of(
                            new OutputDescription(
                                    "cells/" + name + ".cells-overlay.png",
                                    "BreCaHAD " + name + ": every nucleus the classical detector found, outlined"
                                            + " by its class (Tumor red, Non-tumor green, Mitosis orange, Apoptosis"
                                            + " purple), counts per class in the legend, scale bar in µm (pixel size"
                                            + " 0.32 µm estimated)"),
                            new OutputDescription(
                                    "cells/" + name + ".cells.geojson",
                                    "the same nuclei as QuPath detections with classification.name, the class"
                                            + " probability and measurements (area µm², shape, stain OD)"))));
        }
        List<String> grade = new ArrayList<>(List.of("cells", "grade"));
        fields.forEach(f -> grade.add(f.toString()));
        grade.addAll(List.of(
                "--mpp",
                BRECAHAD_MPP,
                "--data",
                data.toString(),
                "-o",
                folder.resolve("brecahad-grade.json").toString()));
        steps.add(
                new DemoStep(
                        grade,
                        List.of(
                                new OutputDescription(
                                        "cells", "the cells steps' files: nuclei, classes, overlays, grade"),
                                new OutputDescription(
                                        "cells/brecahad-grade.json",
                                        "Nottingham grade components over the " + fields.size()
                                                + " BreCaHAD fields: mitoses per"
                                                + " mm² and per 10 high-power fields with the score, nuclear pleomorphism, tubule"
                                                + " formation, bootstrap intervals over fields (research use, not a diagnosis)"))));
        return new DemoSection(
                TITLE,
                "Cells on the BreCaHAD breast fields: nuclei found, classed Tumor/Non-tumor/Mitosis/Apoptosis and"
                        + " drawn for checking; Nottingham grade components over all fields (research use, not a"
                        + " diagnosis)",
                steps,
                List.of());
    }

    private static List<Path> fields(Path images) {
        if (!Files.isDirectory(images)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(images)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jpg"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(images + ": cannot list the fields", e);
        }
    }
}
