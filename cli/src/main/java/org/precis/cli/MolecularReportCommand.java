package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50Subtype;
import org.precis.molecular.report.PatientReport;
import org.precis.molecular.report.PatientReports;
import org.precis.molecular.report.PredictedSurvival;
import org.precis.molecular.risk.ClinicalPam50Join;
import org.precis.report.figure.FigureFile;
import org.precis.report.survival.PredictedSurvivalChart;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.SavedCoxModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis molecular report}: one patient's PAM50, ROR-S and predicted survival. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "One patient's PAM50 subtype (correlations, probabilities) and ROR-S (scaled within the"
                + " expression table's cohort) and, with --model and --clinical, the survival the saved Cox model"
                + " predicts at the patient's covariates and the risk group.")
final class MolecularReportCommand implements Callable<Integer> {

    @Option(names = "--expression", required = true, paramLabel = "CSV", description = "The cohort's expression.")
    Path expression;

    @Option(names = "--annotation", required = true, paramLabel = "CSV", description = "Its probe annotation.")
    Path annotation;

    @Option(names = "--sample", required = true, paramLabel = "ID", description = "The patient's sample id.")
    String sample;

    @Option(
            names = "--model",
            paramLabel = "JSON",
            description = "A saved Cox model (survival cox --save-model, molecular added-value --save-models).")
    Path model;

    @Option(
            names = "--clinical",
            paramLabel = "CSV",
            description = "The patient's clinical row (with --model); the PAM50 columns are joined to it.")
    Path clinical;

    @Option(
            names = "--sample-column",
            defaultValue = "sample",
            paramLabel = "COL",
            description = "Sample ids in the clinical table (default ${DEFAULT-VALUE}).")
    String sampleColumn;

    @Mixin
    Pam50GenesOption genes;

    @Option(names = "--plot", paramLabel = "FILE", description = "The predicted survival curve (.png or .svg).")
    Path plot;

    @Mixin
    TimeUnitOption timeUnit = new TimeUnitOption();

    @Mixin
    SeparatorOption separator;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((model == null) != (clinical == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--model and --clinical go together");
        }
        if (plot != null && model == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--plot needs --model and --clinical");
        }
        Pam50Result result = genes.subtyping()
                .run(
                        new ExpressionCsv(separator.separator()),
                        expression,
                        ProbeAnnotation.read(annotation, separator.separator()));
        PatientReports reports = new PatientReports(result, expression);
        PatientReport report;
        if (model != null) {
            SavedCoxModel saved = new SavedCoxModelFile().read(model);
            SurvivalTable table = ClinicalPam50Join.join(
                    SurvivalTable.readCsv(clinical, separator.separator()), sampleColumn, result);
            report = reports.of(sample, saved, table, sampleColumn);
            if (plot != null) {
                PredictedSurvival s = report.survival().orElseThrow();
                TimeUnit unit = timeUnit.unit(saved.outcome().timeColumn());
                FigureFile.write(
                        new PredictedSurvivalChart(
                                "Predicted survival of " + sample + ": " + model.getFileName(),
                                s.riskGroupName() + " risk (group " + s.riskGroup() + " of " + s.riskGroups()
                                        + "), linear predictor "
                                        + String.format(Locale.ROOT, "%.3f", s.linearPredictor()),
                                s.times().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray(),
                                s.survival().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray(),
                                s.band(),
                                unit,
                                "The Cox model's survival curve at this patient's covariates (R's survfit(fit, newdata));"
                                        + " risk group by the development cohort's tertiles of the linear predictor."),
                        plot);
            }
        } else {
            report = reports.of(sample);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, describe(report));
            return 0;
        }
        out.printf(
                "sample %s: PAM50 %s%n",
                sample, report.call().subtype().map(Pam50Subtype::label).orElse("no call"));
        for (Pam50Subtype subtype : Pam50Subtype.values()) {
            out.printf(
                    "  %-7s correlation %8.4f  probability %.4f%n",
                    subtype.label(),
                    report.call().correlation(subtype),
                    report.call().probability(subtype));
        }
        out.printf(
                "ROR-S %.1f (%s; scaled within %s)%n",
                report.rorS().score(),
                report.rorS().risk().map(r -> r.label()).orElse("no group"),
                expression.getFileName());
        report.survival().ifPresent(s -> {
            out.printf(
                    "risk group: %s (group %d of %d), linear predictor %.4f%n",
                    s.riskGroupName(), s.riskGroup(), s.riskGroups(), s.linearPredictor());
            double last = s.times().get(s.times().size() - 1);
            for (double f : new double[] {0.25, 0.5, 0.75, 1.0}) {
                double t = last * f;
                out.printf("  predicted survival at %.4g: %.4f", t, s.survivalAt(t));
                if (s.band().isPresent()) {
                    out.printf(" (95%% CI %.4f to %.4f)", s.lowerAt(t), s.upperAt(t));
                }
                out.println();
            }
            if (s.band().isEmpty()) {
                out.println("  no confidence band: the model file is format 1, without the curve variance");
            }
        });
        out.flush();
        return 0;
    }

    private static Map<String, Object> describe(PatientReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sample", report.sample());
        out.put("subtype", report.call().subtype().map(Pam50Subtype::label).orElse(null));
        Map<String, Object> correlations = new LinkedHashMap<>();
        Map<String, Object> probabilities = new LinkedHashMap<>();
        for (Pam50Subtype subtype : Pam50Subtype.values()) {
            correlations.put(subtype.label(), finite(report.call().correlation(subtype)));
            probabilities.put(subtype.label(), finite(report.call().probability(subtype)));
        }
        out.put("correlations", correlations);
        out.put("probabilities", probabilities);
        out.put("ror_s", finite(report.rorS().score()));
        out.put("ror_s_risk", report.rorS().risk().map(r -> r.label()).orElse(null));
        report.survival().ifPresent(s -> {
            Map<String, Object> survival = new LinkedHashMap<>();
            survival.put("model_data_sha256", s.model());
            survival.put("linear_predictor", s.linearPredictor());
            survival.put("risk_group", s.riskGroup());
            survival.put("risk_groups", s.riskGroups());
            survival.put("risk_group_name", s.riskGroupName());
            survival.put("times", s.times());
            survival.put("survival", s.survival());
            s.band()
                    .ifPresentOrElse(
                            b -> {
                                survival.put("confidence_level", b.level());
                                survival.put(
                                        "std_err",
                                        b.standardErrors().stream()
                                                .map(MolecularReportCommand::finite)
                                                .toList());
                                survival.put(
                                        "lower",
                                        b.lower().stream()
                                                .map(MolecularReportCommand::finite)
                                                .toList());
                                survival.put(
                                        "upper",
                                        b.upper().stream()
                                                .map(MolecularReportCommand::finite)
                                                .toList());
                            },
                            () -> survival.put("band", "none: the model file is format 1, without the curve variance"));
            out.put("predicted_survival", survival);
        });
        return out;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
