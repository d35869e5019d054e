package org.precis.demo.steps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The demo's survival and clinical part: Kaplan-Meier by sex, the log-rank test and a Cox model
 * on NCCTG lung; the Rotterdam to GBSG external validation of Royston and Altman (2013); NPI and
 * TNM examples. The two derived breast tables come with this module and are written out first.
 */
final class SurvivalSection {
    static final String TITLE = "survival and clinical";
    static final List<String> TABLES = List.of("rotterdam_node_positive_rfs.csv", "gbsg_rfs.csv", "ATTRIBUTION.md");

    private final Path data;
    private final Path output;

    SurvivalSection(Path data, Path output) {
        this.data = data;
        this.output = output;
    }

    /** Writes the derived tables (LGPL, with their ATTRIBUTION.md) into {@code OUTPUT/data}. */
    void writeTables() throws IOException {
        Path folder = Files.createDirectories(output.resolve("data"));
        for (String name : TABLES) {
            try (InputStream in = SurvivalSection.class.getResourceAsStream("/org/precis/demo/tables/" + name)) {
                if (in == null) {
                    throw new IOException("demo table missing from the build: " + name);
                }
                Path temporary = Files.createTempFile(folder, "." + name, ".tmp");
                try {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(
                            temporary,
                            folder.resolve(name),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    DemoSection of() {
        String lung = data.resolve("samples")
                .resolve("clinical")
                .resolve("survival_lung.csv")
                .toString();
        String rotterdam = output.resolve("data")
                .resolve("rotterdam_node_positive_rfs.csv")
                .toString();
        String gbsg = output.resolve("data").resolve("gbsg_rfs.csv").toString();
        String model = model(output);
        List<DemoStep> steps = List.of(
                new DemoStep(
                        List.of(
                                "survival",
                                "km",
                                "--data",
                                lung,
                                "--time",
                                "time",
                                "--event",
                                "status",
                                "--event-value",
                                "2",
                                "--group",
                                "sex",
                                "--plot",
                                output.resolve("lung_km_by_sex.png").toString()),
                        List.of(
                                new OutputDescription(
                                        "data",
                                        "survival tables the demo reads: Rotterdam and GBSG as Royston and "
                                                + "Altman (2013) use them, derived from R's survival package (LGPL, see ATTRIBUTION.md)"),
                                new OutputDescription(
                                        "data/*.csv",
                                        "a derived breast cancer recurrence-free survival table "
                                                + "(see data/ATTRIBUTION.md)"),
                                new OutputDescription(
                                        "data/ATTRIBUTION.md", "where the two tables come from, and their licence"),
                                new OutputDescription(
                                        "lung_km_by_sex.png",
                                        "NCCTG lung: Kaplan-Meier survival by sex with 95% "
                                                + "confidence bands and the numbers at risk"))),
                DemoStep.printing(
                        "survival",
                        "logrank",
                        "--data",
                        lung,
                        "--time",
                        "time",
                        "--event",
                        "status",
                        "--event-value",
                        "2",
                        "--group",
                        "sex"),
                DemoStep.printing(
                        "survival",
                        "cox",
                        "--data",
                        lung,
                        "--time",
                        "time",
                        "--event",
                        "status",
                        "--event-value",
                        "2",
                        "--covariates",
                        "age,sex,ph.ecog",
                        "--zph"),
                new DemoStep(
                        List.of(
                                "survival",
                                "cox",
                                "--data",
                                rotterdam,
                                "--time",
                                "rfstime",
                                "--event",
                                "rfs",
                                "--covariates",
                                "age,meno,size,grade3,nodes,pgr,er,hormon",
                                "--ref",
                                "size=<=20",
                                "--save-model",
                                model),
                        List.of(
                                new OutputDescription(
                                        "rotterdam_rfs_model.json",
                                        "Cox model of recurrence-free survival fitted "
                                                + "on Rotterdam (node-positive), with its baseline hazard, for validation elsewhere"))),
                new DemoStep(
                        List.of(
                                "survival",
                                "validate",
                                "--model",
                                model,
                                "--data",
                                gbsg,
                                "--at",
                                "1826",
                                "--plot",
                                output.resolve("gbsg_calibration.png").toString()),
                        List.of(
                                new OutputDescription(
                                        "gbsg_calibration.png",
                                        "the Rotterdam model on GBSG at 5 years: predicted against observed recurrence-free survival"))),
                DemoStep.printing("clinical", "npi", "--size-mm", "22", "--positive-nodes", "2", "--grade", "2"),
                DemoStep.printing("clinical", "tnm-lung", "--edition", "9", "--t", "T1b", "--n", "N2a", "--m", "M0"),
                DemoStep.printing("clinical", "tnm-lung", "--edition", "8", "--t", "T1b", "--n", "N2", "--m", "M0"));
        return new DemoSection(
                TITLE,
                "Kaplan-Meier, log-rank and Cox on NCCTG lung; a Cox model fitted on Rotterdam "
                        + "and validated on GBSG (Royston and Altman 2013); NPI and TNM examples",
                steps,
                List.of());
    }

    /** The saved Rotterdam Cox model this section writes (the workstation's risk analysis reads it). */
    static String model(Path output) {
        return output.resolve("rotterdam_rfs_model.json").toString();
    }
}
