package org.precis.demo.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's molecular part: PAM50 and ROR-S on each shared expression set (vdxs, nkis, and TCGA
 * BRCA's ten samples, converted to samples in rows first), what ROR-S adds to a clinical model
 * across vdxs and nkis, the multimodal models on METABRIC (clinical + PAM50 subtype across the
 * Cohort column; clinical + expression markers across DeepSurv's split), each validated both ways,
 * and one patient's report with the predicted survival curve.
 */
final class MolecularSection {
    static final String TITLE = "molecular";
    private static final String TCGA = "TCGAbiolinks_dataBRCA_expression.csv";
    private static final String METABRIC = "METABRIC_cBioPortal_kaggle_2509x34.csv";
    private static final String DEEPSURV = "DeepSurv_metabric_IHC4_clinical.csv";

    private final Path expression;
    private final Path clinical;
    private final Path output;

    /** Writes the converted TCGA table into {@code OUTPUT/molecular/data} and plans the steps. */
    static DemoSection of(Path data, Path output) throws IOException {
        MolecularSection section = new MolecularSection(data, output);
        section.writeTables();
        return section.of();
    }

    private MolecularSection(Path data, Path output) {
        this.expression = data.resolve("samples").resolve("expression");
        this.clinical = data.resolve("samples").resolve("clinical");
        this.output = output.resolve("molecular");
    }

    /** Creates {@code OUTPUT/molecular} and writes TCGA BRCA in the layout molecular pam50 reads. */
    private void writeTables() throws IOException {
        Files.createDirectories(output.resolve("data"));
        if (Files.isRegularFile(expression.resolve(TCGA))) {
            GenesInRowsTable.convert(
                    expression.resolve(TCGA),
                    output.resolve("data").resolve("tcga_brca_expression.csv"),
                    output.resolve("data").resolve("tcga_brca_annotation.csv"));
        }
    }

    private DemoSection of() {
        List<DemoStep> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String set : List.of("vdxs", "nkis")) {
            Path e = expression.resolve("genefu_" + set + "_expression.csv");
            if (Files.isRegularFile(e)) {
                steps.add(pam50(set, e, expression.resolve("genefu_" + set + "_annotation.csv")));
            } else {
                notes.add(e + " is missing: PAM50 on " + set + " left out");
            }
        }
        Path tcga = output.resolve("data").resolve("tcga_brca_expression.csv");
        if (Files.isRegularFile(tcga)) {
            steps.add(pam50("tcga_brca", tcga, output.resolve("data").resolve("tcga_brca_annotation.csv")));
            notes.add(
                    "TCGA BRCA has 10 samples (5 tumour, 5 normal tissue): its subtypes are shown, but ROR-S is scaled"
                            + " within the table's own samples and means little on 10");
        } else {
            notes.add(expression.resolve(TCGA) + " is missing: PAM50 on TCGA BRCA left out");
        }
        if (Files.isRegularFile(expression.resolve("genefu_nkis_clinical.csv"))
                && Files.isRegularFile(expression.resolve("genefu_vdxs_clinical.csv"))) {
            steps.add(addedValue("vdxs", "nkis"));
            steps.add(addedValue("nkis", "vdxs"));
            steps.add(report());
        }
        if (Files.isRegularFile(clinical.resolve(METABRIC))) {
            steps.add(metabric());
        } else {
            notes.add(clinical.resolve(METABRIC) + " is missing: the METABRIC cohort study left out");
        }
        if (Files.isRegularFile(clinical.resolve(DEEPSURV))) {
            steps.add(deepSurv());
        } else {
            notes.add(clinical.resolve(DEEPSURV) + " is missing: the expression-marker study left out");
        }
        if (!steps.isEmpty()) {
            List<OutputDescription> outputs = new ArrayList<>(steps.get(0).outputs());
            outputs.add(
                    new OutputDescription(
                            "molecular",
                            "the molecular part: PAM50 calls, Cox models, calibration plots, one patient's predicted survival"));
            outputs.add(
                    new OutputDescription(
                            "molecular/data",
                            "TCGA BRCA (TCGAbiolinks' dataBRCA) converted for molecular pam50: samples in rows, log2(RSEM + 1)"));
            outputs.add(new OutputDescription(
                    "molecular/data/*.csv", "the converted TCGA BRCA expression table and its probe annotation"));
            steps.set(0, new DemoStep(steps.get(0).arguments(), outputs));
        }
        return new DemoSection(
                TITLE,
                "PAM50 subtypes and ROR-S as genefu on the shared expression sets; clinical against clinical +"
                        + " molecular Cox models developed on one cohort and validated on another, both ways"
                        + " (vdxs and nkis; METABRIC by cohort and by DeepSurv's split); one patient's report",
                steps,
                notes);
    }

    private DemoStep pam50(String set, Path e, Path annotation) {
        return new DemoStep(
                List.of(
                        "molecular",
                        "pam50",
                        "--expression",
                        e.toString(),
                        "--annotation",
                        annotation.toString(),
                        "-o",
                        output.resolve(set + "_pam50.csv").toString()),
                List.of(
                        new OutputDescription(
                                "molecular/" + set + "_pam50.csv",
                                set + ": each sample's PAM50 subtype, correlations with the five centroids,"
                                        + " probabilities, ROR-S and its group, as genefu 2.39.1"),
                        new OutputDescription(
                                "molecular/" + set + "_pam50.provenance.json",
                                "input SHA-256s, the genes mapped and the probe chosen for each")));
    }

    private DemoStep addedValue(String develop, String validate) {
        List<String> args = new ArrayList<>(List.of("molecular", "added-value"));
        for (String[] role : List.of(new String[] {"develop", develop}, new String[] {"validate", validate})) {
            args.addAll(List.of(
                    "--" + role[0] + "-expression",
                    expression.resolve("genefu_" + role[1] + "_expression.csv").toString(),
                    "--" + role[0] + "-annotation",
                    expression.resolve("genefu_" + role[1] + "_annotation.csv").toString(),
                    "--" + role[0] + "-clinical",
                    expression.resolve("genefu_" + role[1] + "_clinical.csv").toString()));
        }
        args.addAll(List.of(
                "--time",
                "t.dmfs",
                "--event",
                "e.dmfs",
                "--clinical",
                "age,er,grade",
                "--add",
                "ror_s",
                "--save-models",
                output.resolve(develop + "_models").toString()));
        return new DemoStep(
                args,
                List.of(
                        new OutputDescription(
                                "molecular/" + develop + "_models",
                                "Cox models of distant-metastasis-free survival developed on " + develop),
                        new OutputDescription(
                                "molecular/" + develop + "_models/*.json",
                                "base.json (age, ER, grade) and extended.json (+ ROR-S) developed on " + develop
                                        + ", as survival cox --save-model (survival validate reads them)")));
    }

    private DemoStep report() {
        return new DemoStep(
                List.of(
                        "molecular",
                        "report",
                        "--expression",
                        expression.resolve("genefu_nkis_expression.csv").toString(),
                        "--annotation",
                        expression.resolve("genefu_nkis_annotation.csv").toString(),
                        "--sample",
                        "NKI_123",
                        "--model",
                        output.resolve("vdxs_models").resolve("extended.json").toString(),
                        "--clinical",
                        expression.resolve("genefu_nkis_clinical.csv").toString(),
                        "--plot",
                        output.resolve("NKI_123_predicted_survival.png").toString()),
                List.of(new OutputDescription(
                        "molecular/NKI_123_predicted_survival.png",
                        "one nkis patient's distant-metastasis-free survival predicted by the vdxs model (age, ER,"
                                + " grade, ROR-S) at the patient's covariates, with the risk group")));
    }

    private DemoStep metabric() {
        Path plots = output.resolve("metabric_cohort");
        return new DemoStep(
                List.of(
                        "molecular",
                        "risk",
                        "--data",
                        clinical.resolve(METABRIC).toString(),
                        "--split",
                        "Cohort",
                        "--develop",
                        "1,2",
                        "--validate",
                        "3,4,5",
                        "--both-directions",
                        "--time",
                        "Relapse Free Status (Months)",
                        "--event",
                        "Relapse Free Status",
                        "--event-value",
                        "Recurred",
                        "--missing-value",
                        "NC",
                        "--clinical",
                        "Age at Diagnosis,Tumor Size,Lymph nodes examined positive,Neoplasm Histologic Grade,ER Status,"
                                + "PR Status,HER2 Status",
                        "--add",
                        "Pam50 + Claudin-low subtype",
                        "--plot",
                        plots.toString()),
                List.of(
                        new OutputDescription(
                                "molecular/metabric_cohort", "calibration plots of the METABRIC cohort study"),
                        new OutputDescription(
                                "molecular/metabric_cohort/*.png",
                                "METABRIC relapse-free survival: calibration of the clinical and the clinical + PAM50 model,"
                                        + " developed on cohorts 1-2 and validated on 3-5 (calibration.png), and the reverse"
                                        + " (calibration-reversed.png)")));
    }

    private DemoStep deepSurv() {
        Path plots = output.resolve("metabric_markers");
        return new DemoStep(
                List.of(
                        "molecular",
                        "risk",
                        "--data",
                        clinical.resolve(DEEPSURV).toString(),
                        "--split",
                        "split",
                        "--develop",
                        "train",
                        "--validate",
                        "test",
                        "--both-directions",
                        "--time",
                        "time_months",
                        "--event",
                        "event",
                        "--clinical",
                        "age_at_diagnosis,ER_positive,hormone_treatment,radiotherapy,chemotherapy",
                        "--add",
                        "MKI67,EGFR,PGR,ERBB2",
                        "--plot",
                        plots.toString()),
                List.of(
                        new OutputDescription(
                                "molecular/metabric_markers",
                                "calibration plots of the METABRIC expression-marker study"),
                        new OutputDescription(
                                "molecular/metabric_markers/*.png",
                                "METABRIC overall survival: calibration of the clinical and the clinical + MKI67, EGFR, PGR,"
                                        + " ERBB2 model across DeepSurv's train/test split, both ways")));
    }
}
