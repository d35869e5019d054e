package org.precis.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.molecular.pam50.Pam50Subtyping;
import org.precis.molecular.risk.AddedValue;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
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

    @Mixin
    AddedValueStudyOptions study;

    @Option(
            names = "--add",
            defaultValue = "ror_s",
            split = ",",
            paramLabel = "F",
            description = "Molecular covariates added (ror_s, ror_s_high, pam50; default ${DEFAULT-VALUE}).")
    List<String> add;

    @Mixin
    Pam50GenesOption genes;

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
        Pam50Subtyping subtyping = genes.subtyping();
        SurvivalTable development = new MolecularCohortOptions(developExpression, developAnnotation, developClinical)
                .table(separator.separator(), sampleColumn, subtyping);
        SurvivalTable validation = new MolecularCohortOptions(validateExpression, validateAnnotation, validateClinical)
                .table(separator.separator(), sampleColumn, subtyping);
        AddedValue value = study.study()
                .assess(
                        study.base(),
                        study.extended(add),
                        development,
                        validation,
                        ModelProvenance.of(
                                developClinical,
                                development.columnNames(),
                                PrecisCommand.VERSION,
                                LocalDate.now(ZoneOffset.UTC)));
        if (saveModels != null) {
            AddedValueStudyOptions.save(value, saveModels, "");
        }
        new AddedValueText(study.clinical, add, developClinical.toString(), validateClinical.toString())
                .print(spec.commandLine().getOut(), value, json);
        return 0;
    }
}
