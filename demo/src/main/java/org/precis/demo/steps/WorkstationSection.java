package org.precis.demo.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's workstation part: a store of its own (embedded, in the demo's output folder, made
 * afresh each run so that a hospital's {@code precis-data/} is never touched) with a pathologist
 * and a breast case on the sample slides, its analyses (tissue QC, Ki67, grade components, NPI, risk)
 * recorded with their
 * provenance, ready for {@code precis serve}.
 */
final class WorkstationSection {
    static final String TITLE = "workstation";
    static final String CASE_ID = "BR-001";
    static final String LUNG_CASE_ID = "LU-001";
    static final String PATHOLOGIST = "pathologist";
    static final String HE_SLIDE = "CMU-1-Small-Region.svs";

    private final Path data;
    private final Path output;
    private final Path store;

    WorkstationSection(Path data, Path output) {
        this.data = data;
        this.output = output;
        this.store = output.resolve("precis-data");
    }

    /** The demo store's folder. */
    Path store() {
        return store;
    }

    /** The file holding the demo pathologist's password. */
    Path passwordFile() {
        return store.resolve(PATHOLOGIST + "-password");
    }

    /** Empties the demo store's folder, left from an earlier run, and plans the steps. */
    DemoSection prepare() throws IOException {
        deleteEarlierStore();
        Files.createDirectories(store);
        Path wsi = data.resolve("samples").resolve("wsi");
        List<String> notes = new ArrayList<>();
        List<DemoStep> steps = new ArrayList<>();
        steps.add(new DemoStep(
                withStore(
                        "users",
                        "add",
                        PATHOLOGIST,
                        "--role",
                        "pathologist",
                        "--password-file",
                        passwordFile().toString()),
                List.of(
                        new OutputDescription(
                                "precis-data",
                                "the demo's workstation store: open it with precis serve --data-dir (the last line of"
                                        + " the demo says how)"),
                        new OutputDescription(
                                "precis-data/" + PATHOLOGIST + "-password",
                                "the demo pathologist's generated password"))));
        List<String> addCase = withStore(
                "cases",
                "add",
                "--id",
                CASE_ID,
                "--patient",
                "P-demo-01",
                "--specimen",
                "Left breast, core biopsy",
                "--clinical",
                // NPI reads size_mm, nodes, grade; the Rotterdam Cox model age ... hormon
                "size_mm=22,nodes=1,grade=2,age=57,meno=1,size=20-50,grade3=0,pgr=120,er=90,hormon=1",
                "--slide",
                HE_SLIDE);
        boolean ki67 = Files.isRegularFile(wsi.resolve(IhcSection.KI67_CROP));
        if (ki67) {
            addCase.addAll(List.of("--slide", IhcSection.KI67_CROP));
        } else {
            notes.add(IhcSection.KI67_CROP + " is not in " + wsi + ": the case has no Ki67 analysis");
        }
        addCase.addAll(List.of("--data", data.toString()));
        steps.add(new DemoStep(
                addCase,
                List.of(new OutputDescription(
                        "precis-data/*.db",
                        "the demo's workstation store (embedded H2 database): users, case " + CASE_ID
                                + ", its analyses with provenance, the audit trail; open it with precis serve"))));
        steps.add(new DemoStep(
                withStore("cases", "analyse", CASE_ID, "qc", "--slide", HE_SLIDE, "--data", data.toString()),
                List.of()));
        if (ki67) {
            steps.add(new DemoStep(
                    withStore(
                            "cases",
                            "analyse",
                            CASE_ID,
                            "ki67",
                            "--slide",
                            IhcSection.KI67_CROP,
                            "--data",
                            data.toString()),
                    List.of()));
        }
        // the grade components on a square of the sample H&E slide (not breast tissue: a demonstration)
        steps.add(new DemoStep(
                withStore(
                        "cases",
                        "analyse",
                        CASE_ID,
                        "grade",
                        "--slide",
                        HE_SLIDE,
                        "--region",
                        "600,700,1000,1000",
                        "--data",
                        data.toString()),
                List.of()));
        steps.add(new DemoStep(withStore("cases", "analyse", CASE_ID, "npi"), List.of()));
        steps.add(new DemoStep(
                withStore("cases", "analyse", CASE_ID, "risk", "--model", SurvivalSection.model(output)), List.of()));
        steps.add(new DemoStep(
                withStore(
                        "cases",
                        "add",
                        "--id",
                        LUNG_CASE_ID,
                        "--patient",
                        "P-demo-02",
                        "--specimen",
                        "Lung subtype model shown on a sample slide (not lung tissue)",
                        "--slide",
                        HE_SLIDE,
                        "--data",
                        data.toString()),
                List.of()));
        steps.add(new DemoStep(
                withStore(
                        "cases",
                        "analyse",
                        LUNG_CASE_ID,
                        "heatmap",
                        "--slide",
                        HE_SLIDE,
                        "--model",
                        PathologySection.model(output),
                        "--data",
                        data.toString()),
                List.of()));
        steps.add(DemoStep.printing(withStore("cases", "list").toArray(String[]::new)));
        List<String> report = withStore(
                "report", "--case", CASE_ID, "-o", output.resolve("report").toString());
        report.addAll(List.of("--data", data.toString()));
        steps.add(new DemoStep(
                report,
                List.of(
                        new OutputDescription("report", "the case report of " + CASE_ID + " (a draft until signed)"),
                        new OutputDescription(
                                "report/" + CASE_ID + "-v1.html",
                                "the report as a web page: findings with intervals, the key image, model cards,"
                                        + " clinical data, slides with SHA-256, provenance"),
                        new OutputDescription("report/" + CASE_ID + "-v1.pdf", "the same report as PDF (A4)"),
                        new OutputDescription(
                                "report/" + CASE_ID + "-v1.fhir.json",
                                "the report as a FHIR R4 Bundle: DiagnosticReport with the PDF, Observations"
                                        + " (LOINC where one exists), Device, Provenance, Patient by pseudonym"))));
        return new DemoSection(
                TITLE,
                "a workstation store with a pathologist, breast case " + CASE_ID
                        + " (tissue QC, Ki67, NPI, Rotterdam Cox risk) and " + LUNG_CASE_ID
                        + " (the lung subtype heatmap) with provenance, for precis serve",
                steps,
                notes);
    }

    /** What to run after the demo to see the case in the browser. */
    String afterwards(EchoedCommand echo) {
        return "workstation: " + echo.text(List.of("serve", "--data-dir", store.toString()))
                + " then open http://127.0.0.1:8080/ and log in as '" + PATHOLOGIST + "' with the password in "
                + passwordFile();
    }

    private List<String> withStore(String... arguments) {
        List<String> line = new ArrayList<>(List.of(arguments));
        line.addAll(List.of("--data-dir", store.toString()));
        return line;
    }

    private void deleteEarlierStore() throws IOException {
        if (!Files.exists(store)) {
            return;
        }
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
