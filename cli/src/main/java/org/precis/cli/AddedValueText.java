package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precis.molecular.risk.AddedValue;
import org.precis.report.figure.FigureFile;
import org.precis.report.figure.FigureRow;
import org.precis.report.survival.CalibrationChart;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.validation.ValidationReport;

/** How {@code molecular added-value} and {@code molecular risk} print an {@link AddedValue}. */
record AddedValueText(List<String> clinical, List<String> add, String development, String validation) {

    void print(PrintWriter out, AddedValue value, boolean json) {
        if (json) {
            new JsonPrinter().print(out, describe(value));
            return;
        }
        out.printf(
                "development: %s, %d subjects with every variable, %d events%n",
                development, value.developmentSubjects(), value.developmentEvents());
        out.printf(
                "likelihood-ratio test of %s added to %s: chi2 %.3f on %d df, p = %.4g%n",
                add, clinical, value.likelihoodRatio(), value.degreesOfFreedom(), value.likelihoodRatioP());
        out.printf(
                "validation: %s, %d subjects, at t = %.4g%n",
                validation, value.base().subjects(), value.base().time());
        out.printf("%-22s %10s %10s%n", "", "clinical", "+ molecular");
        row(
                out,
                "Harrell's C",
                value.base().harrell().concordance(),
                value.extended().harrell().concordance());
        row(
                out,
                "Uno's C",
                value.base().uno().concordance(),
                value.extended().uno().concordance());
        row(out, "td-AUC", value.base().timeDependentAuc(), value.extended().timeDependentAuc());
        row(out, "Brier", value.base().brier(), value.extended().brier());
        row(
                out,
                "calibration slope",
                value.base().slope().slope(),
                value.extended().slope().slope());
        out.printf(
                "difference in Harrell's C: %.4f (95%% bootstrap CI %.4f to %.4f, %d resamples)%s%n",
                value.harrellDifference(),
                value.differenceLower(),
                value.differenceUpper(),
                value.replicates(),
                value.improvesDiscrimination() ? "" : ": no clear gain in discrimination on this cohort");
        out.flush();
    }

    /** Calibration of both models on the validation cohort, side by side, at the report's time. */
    void plot(AddedValue value, Path file, TimeUnit unit) throws IOException {
        String at = String.format(Locale.ROOT, " at %.4g %s", value.base().time(), unit.label());
        FigureFile.write(
                new FigureRow(List.of(
                        new CalibrationChart(
                                "Clinical only" + at + ", on " + validation,
                                value.base().calibration(),
                                value.base().riskGroups().size(),
                                unit),
                        new CalibrationChart(
                                "Clinical + " + String.join(", ", add) + at,
                                value.extended().calibration(),
                                value.extended().riskGroups().size(),
                                unit))),
                file);
    }

    Map<String, Object> describe(AddedValue value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("development", development);
        out.put("validation", validation);
        out.put("base", clinical);
        out.put("added", add);
        out.put("development_subjects", value.developmentSubjects());
        out.put("development_events", value.developmentEvents());
        out.put("likelihood_ratio", value.likelihoodRatio());
        out.put("degrees_of_freedom", value.degreesOfFreedom());
        out.put("likelihood_ratio_p", value.likelihoodRatioP());
        out.put("harrell_difference", value.harrellDifference());
        out.put("harrell_difference_ci", List.of(value.differenceLower(), value.differenceUpper()));
        out.put("bootstrap", value.replicates());
        out.put("validation_base", summary(value.base()));
        out.put("validation_extended", summary(value.extended()));
        return out;
    }

    private static void row(PrintWriter out, String name, double base, double extended) {
        out.printf("%-22s %10.4f %10.4f%n", name, base, extended);
    }

    private static Map<String, Object> summary(ValidationReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subjects", report.subjects());
        out.put("dropped", report.dropped());
        out.put("time", report.time());
        out.put("harrell_c", report.harrell().concordance());
        out.put("uno_c", report.uno().concordance());
        out.put("td_auc", report.timeDependentAuc());
        out.put("brier", report.brier());
        out.put("integrated_brier", report.integratedBrier());
        out.put("calibration_slope", report.slope().slope());
        return out;
    }
}
