package org.precis.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.precis.molecular.risk.AddedValue;
import org.precis.molecular.risk.CohortRecoding;
import org.precis.molecular.risk.CohortSplit;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis molecular risk}: the study of {@code molecular added-value} on one table that
 * already holds the molecular features (METABRIC's PAM50 calls, expression markers), its cohorts
 * split by a column's values rather than at random.
 */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = "Develop a clinical Cox model and the same model with molecular columns on the rows of one"
                + " cohort (--split COL --develop V,...), validate both on the rows of another (--validate V,...), and"
                + " test what the molecular columns add: likelihood-ratio test, difference in Harrell's C with a"
                + " bootstrap CI, survival validate's report. --both-directions also develops on the second and"
                + " validates on the first.")
final class MolecularRiskCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "The table, one row a patient.")
    Path data;

    @Option(names = "--split", required = true, paramLabel = "COL", description = "Column naming each row's cohort.")
    String split;

    @Option(
            names = "--develop",
            required = true,
            split = ",",
            paramLabel = "V",
            description = "Its development values.")
    List<String> develop;

    @Option(
            names = "--validate",
            required = true,
            split = ",",
            paramLabel = "V",
            description = "Its validation values.")
    List<String> validate;

    @Option(
            names = "--both-directions",
            description = "Also develop on the validation rows and validate on the development rows.")
    boolean bothDirections;

    @Mixin
    AddedValueStudyOptions study;

    @Option(
            names = "--event-value",
            paramLabel = "V",
            description = "The event column's value meaning an event (Recurred); default any non-zero number.")
    String eventValue;

    @Option(
            names = "--missing-value",
            split = ",",
            paramLabel = "V",
            description = "Text cells read as missing (NC: a PAM50 sample not classified).")
    List<String> missingValues = List.of();

    @Option(
            names = "--add",
            required = true,
            split = ",",
            paramLabel = "F",
            description = "Molecular covariates added.")
    List<String> add;

    @Option(
            names = "--save-models",
            paramLabel = "DIR",
            description = "Write base.json and extended.json (and, with --both-directions, base-reversed.json and"
                    + " extended-reversed.json) as survival cox --save-model.")
    Path saveModels;

    @Option(
            names = "--plot",
            paramLabel = "DIR",
            description =
                    "Write calibration.png (and calibration-reversed.png): both models' calibration on the validation rows.")
    Path plot;

    @Mixin
    TimeUnitOption timeUnit = new TimeUnitOption();

    @Mixin
    SeparatorOption separator;

    @Option(names = "--json", description = "Print JSON (a list of two studies with --both-directions).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SurvivalTable table = new CohortRecoding(
                        study.event, Optional.ofNullable(eventValue), Set.copyOf(missingValues))
                .apply(SurvivalTable.readCsv(data, separator.separator()));
        DesignSpec base = study.base();
        DesignSpec extended = study.extended(add);
        CohortSplit forward = new CohortSplit(split, develop, validate);
        if (plot != null) {
            java.nio.file.Files.createDirectories(plot);
        }
        List<CohortSplit> splits = bothDirections ? List.of(forward, forward.reversed()) : List.of(forward);
        List<Object> studies = new ArrayList<>();
        for (CohortSplit s : splits) {
            String suffix = s == forward ? "" : "-reversed";
            AddedValue value = study.study()
                    .assess(
                            base,
                            extended,
                            s.development(table),
                            s.validation(table),
                            ModelProvenance.of(
                                    data, table.columnNames(), PrecisCommand.VERSION, LocalDate.now(ZoneOffset.UTC)));
            if (saveModels != null) {
                AddedValueStudyOptions.save(value, saveModels, suffix);
            }
            AddedValueText text = new AddedValueText(
                    study.clinical, add, split + " in " + s.develop(), split + " in " + s.validate());
            if (plot != null) {
                text.plot(value, plot.resolve("calibration" + suffix + ".png"), timeUnit.unit(study.time));
            }
            if (json) {
                studies.add(text.describe(value));
            } else {
                text.print(spec.commandLine().getOut(), value, false);
            }
        }
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), studies.size() == 1 ? studies.get(0) : studies);
        }
        return 0;
    }
}
