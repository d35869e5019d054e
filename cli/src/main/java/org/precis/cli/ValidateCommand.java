package org.precis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.report.figure.FigureFile;
import org.precis.report.figure.FigureRow;
import org.precis.report.survival.CalibrationChart;
import org.precis.report.survival.RiskGroupCurvesChart;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ExternalValidation;
import org.precis.survival.validation.RiskGroup;
import org.precis.survival.validation.RiskGroupCalibration;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.SavedCoxModelFile;
import org.precis.survival.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis survival validate}: external validation of a saved Cox model on another cohort,
 * as Royston and Altman (2013): discrimination, overall accuracy and calibration.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate a saved Cox model on another "
                + "cohort: Harrell's and Uno's C, time-dependent AUC, Brier score, calibration slope and in the large, and "
                + "observed (Kaplan-Meier) against predicted survival by development risk group.")
final class ValidateCommand implements Callable<Integer> {

    @Option(
            names = "--model",
            required = true,
            paramLabel = "JSON",
            description = "A model saved by " + "`survival cox --save-model`.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "The validation cohort.")
    Path data;

    @Mixin
    SeparatorOption separator;

    @Option(
            names = "--at",
            paramLabel = "T",
            description = "Time point of the AUC, the Brier score and "
                    + "calibration in the large (default: the median follow-up time of the validation cohort).")
    Double at;

    @Option(
            names = "--tau",
            paramLabel = "T",
            description = "Truncation of Uno's C and the integrated Brier score " + "(default: --at).")
    Double tau;

    @Option(
            names = "--plot",
            paramLabel = "FILE",
            description = "Calibration at --at (predicted against observed "
                    + "risk by risk group) beside observed and predicted survival curves by risk group (.png or .svg).")
    Path plot;

    @Mixin
    TimeUnitOption timeUnit = new TimeUnitOption();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SavedCoxModel saved = new SavedCoxModelFile().read(model);
        if (saved.riskGroupCuts().isEmpty()) {
            throw new IllegalArgumentException(
                    model + " has no development risk-group cuts; save it again with " + "`survival cox --save-model`");
        }
        SurvivalTable cohort = SurvivalTable.readCsv(data, separator.separator());
        double time = at != null ? at : ExternalValidation.medianFollowUp(saved, cohort);
        ValidationReport report =
                new ExternalValidation(tau == null ? time : tau, time, saved.riskGroupCuts()).validate(saved, cohort);
        if (plot != null) {
            TimeUnit unit = timeUnit.unit(saved.outcome().timeColumn());
            FigureFile.write(
                    new FigureRow(List.of(
                            new CalibrationChart(
                                    "Calibration at " + format(time) + " " + unit.label() + ": " + data.getFileName(),
                                    report.calibration(),
                                    report.riskGroups().size(),
                                    unit),
                            new RiskGroupCurvesChart(
                                    "Observed and predicted survival by risk group: " + data.getFileName(),
                                    report.riskGroups(),
                                    unit))),
                    plot);
        }
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), describe(report));
        } else {
            var out = spec.commandLine().getOut();
            out.printf("n = %d (%d dropped)%n", report.subjects(), report.dropped());
            out.printf(
                    "Harrell's C           %.4f (se %.4f)%n",
                    report.harrell().concordance(), report.harrell().standardError());
            out.printf(
                    "Uno's C (tau %-8s) %.4f (se %.4f)%n",
                    format(report.tau()),
                    report.uno().concordance(),
                    report.uno().standardError());
            out.printf("td-AUC at %-10s  %.4f%n", format(report.time()), report.timeDependentAuc());
            out.printf(
                    "Brier score at %-6s  %.4f; integrated to %s: %.4f%n",
                    format(report.time()), report.brier(), format(report.tau()), report.integratedBrier());
            out.printf(
                    "Calibration slope     %.4f (se %.4f)%n",
                    report.slope().slope(), report.slope().standardError());
            out.printf(
                    "In the large at %s: observed %.4f, predicted %.4f%n",
                    format(report.time()),
                    report.inTheLarge().observed(),
                    report.inTheLarge().predicted());
            out.flush();
        }
        return 0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Map<String, Object> describe(ValidationReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", report.subjects());
        out.put("dropped", report.dropped());
        out.put(
                "c",
                Map.of(
                        "c",
                        report.harrell().concordance(),
                        "se",
                        report.harrell().standardError()));
        out.put(
                "uno_c",
                Map.of("c", report.uno().concordance(), "se", report.uno().standardError(), "tau", report.tau()));
        out.put("td_auc", Map.of("at", report.time(), "auc", report.timeDependentAuc()));
        out.put(
                "brier",
                Map.of(
                        "at",
                        report.time(),
                        "brier",
                        report.brier(),
                        "integrated",
                        report.integratedBrier(),
                        "tau",
                        report.tau()));
        out.put(
                "calibration_slope",
                Map.of("slope", report.slope().slope(), "se", report.slope().standardError()));
        out.put(
                "calibration_in_the_large",
                Map.of(
                        "at",
                        report.time(),
                        "observed",
                        report.inTheLarge().observed(),
                        "predicted",
                        report.inTheLarge().predicted()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (RiskGroup group : report.riskGroups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", group.group());
            row.put("n", group.size());
            row.put("time", group.times());
            row.put("observed", group.observed());
            row.put("predicted", group.predicted());
            groups.add(row);
        }
        out.put("risk_groups", groups);
        List<Map<String, Object>> calibration = new ArrayList<>();
        for (RiskGroupCalibration group : report.calibration()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", group.group());
            row.put("n", group.size());
            row.put("at", group.time());
            row.put("n_risk", group.numberAtRisk());
            row.put("n_event", group.events());
            row.put("predicted_risk", group.predictedRisk());
            row.put("observed_risk", group.observedRisk());
            row.put("observed_risk_lower", group.observedRiskLower());
            row.put("observed_risk_upper", group.observedRiskUpper());
            calibration.add(row);
        }
        out.put("calibration_at_time", calibration);
        return out;
    }
}
