package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.precis.molecular.pam50.Pam50Subtyping;
import org.precis.molecular.risk.AddedValue;
import org.precis.molecular.risk.AddedValueStudy;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.SavedCoxModelFile;
import org.precis.survival.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis molecular added-value}: a clinical Cox model against the same model with PAM50
 * features, developed on one cohort and validated on another.
 */
@Command(
        name = "added-value",
        mixinStandardHelpOptions = true,
        description = "Develop a clinical Cox model and the same model with PAM50 features (ror_s, ror_s_high, pam50)"
                + " on one cohort, validate both on another (survival validate's report), and test what the molecular"
                + " features add: likelihood-ratio test on the development cohort, difference in Harrell's C on the"
                + " validation cohort with a bootstrap CI.")
final class MolecularAddedValueCommand implements Callable<Integer> {

    @Option(
            names = "--develop-expression",
            required = true,
            paramLabel = "CSV",
            description = "Development cohort's expression.")
    Path developExpression;

    @Option(names = "--develop-annotation", required = true, paramLabel = "CSV", description = "Its probe annotation.")
    Path developAnnotation;

    @Option(
            names = "--develop-clinical",
            required = true,
            paramLabel = "CSV",
            description = "Its clinical table with the outcome.")
    Path developClinical;

    @Option(
            names = "--validate-expression",
            required = true,
            paramLabel = "CSV",
            description = "Validation cohort's expression.")
    Path validateExpression;

    @Option(names = "--validate-annotation", required = true, paramLabel = "CSV", description = "Its probe annotation.")
    Path validateAnnotation;

    @Option(names = "--validate-clinical", required = true, paramLabel = "CSV", description = "Its clinical table.")
    Path validateClinical;

    @Option(
            names = "--sample-column",
            defaultValue = "sample",
            paramLabel = "COL",
            description = "Sample ids in the clinical tables (default ${DEFAULT-VALUE}).")
    String sampleColumn;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up time column.")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column (non-zero: event).")
    String event;

    @Option(
            names = "--clinical",
            required = true,
            split = ",",
            paramLabel = "A,B",
            description = "The base model's covariates.")
    List<String> clinical;

    @Option(
            names = "--add",
            defaultValue = "ror_s",
            split = ",",
            paramLabel = "F",
            description = "Molecular covariates added (ror_s, ror_s_high, pam50; default ${DEFAULT-VALUE}).")
    List<String> add;

    @Option(
            names = "--bootstrap",
            defaultValue = "1000",
            paramLabel = "B",
            description = "Bootstrap resamples of the validation cohort (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(
            names = "--seed",
            defaultValue = "15",
            paramLabel = "S",
            description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--min-genes",
            defaultValue = "" + Pam50Subtyping.DEFAULT_MINIMUM_GENES,
            paramLabel = "N",
            description = "As molecular pam50 (default ${DEFAULT-VALUE}).")
    int minimumGenes;

    @Option(
            names = "--save-models",
            paramLabel = "DIR",
            description =
                    "Write base.json and extended.json there, as survival cox --save-model (survival validate reads them).")
    Path saveModels;

    @Mixin
    SeparatorOption separator;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SurvivalTable development = new MolecularCohortOptions(developExpression, developAnnotation, developClinical)
                .table(separator.separator(), sampleColumn, minimumGenes);
        SurvivalTable validation = new MolecularCohortOptions(validateExpression, validateAnnotation, validateClinical)
                .table(separator.separator(), sampleColumn, minimumGenes);
        List<String> all = new ArrayList<>(clinical);
        all.addAll(add);
        DesignSpec base =
                CoxDesign.builder().time(time).event(event).covariates(clinical).spec();
        DesignSpec extended =
                CoxDesign.builder().time(time).event(event).covariates(all).spec();
        AddedValue value = new AddedValueStudy(bootstrap, new Random(seed))
                .assess(
                        base,
                        extended,
                        development,
                        validation,
                        ModelProvenance.of(
                                developClinical,
                                development.columnNames(),
                                PrecisCommand.VERSION,
                                LocalDate.now(ZoneOffset.UTC)));
        if (saveModels != null) {
            new SavedCoxModelFile().write(value.baseModel(), saveModels.resolve("base.json"));
            new SavedCoxModelFile().write(value.extendedModel(), saveModels.resolve("extended.json"));
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
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
            new JsonPrinter().print(spec.commandLine().getOut(), out);
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "development: %s, %d subjects with every variable, %d events%n",
                developClinical, value.developmentSubjects(), value.developmentEvents());
        out.printf(
                "likelihood-ratio test of %s added to %s: chi2 %.3f on %d df, p = %.4g%n",
                add, clinical, value.likelihoodRatio(), value.degreesOfFreedom(), value.likelihoodRatioP());
        out.printf(
                "validation: %s, %d subjects, at t = %.4g%n",
                validateClinical, value.base().subjects(), value.base().time());
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
        return 0;
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
