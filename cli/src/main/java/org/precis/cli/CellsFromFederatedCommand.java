package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.federated.FederatedCellClassifiers;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis cells from-federated}: a federated study's cell head (the model {@code federation
 * submit} writes) as a cell classifier file for {@code cells detect --classify} and {@code cells
 * grade}.
 */
@Command(
        name = "from-federated",
        mixinStandardHelpOptions = true,
        description = "Turn the model of a federated training study on cell feature sets into a cell classifier "
                + "file; refused unless the study was trained on the given recipe.")
final class CellsFromFederatedCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The study's model (federation submit).")
    Path model;

    @Mixin
    CellRecipeOptions cellRecipe;

    @Option(
            names = "--mitosis-threshold",
            defaultValue = "0.5",
            description = "Call Mitosis when its probability reaches this (default ${DEFAULT-VALUE}: when it is more "
                    + "probable than the other classes together); otherwise the most probable other class.")
    double mitosisThreshold;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "JSON",
            description = "Where to write the cell classifier.")
    Path output;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder holding models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = DataFolder.resolve(data);
        CellFeatureRecipe recipe = cellRecipe.recipe(root);
        PatchClassifier study = new PatchClassifiers().read(model);
        CellClassifierModel cells = new FederatedCellClassifiers()
                .model(
                        study,
                        recipe,
                        new CallRule(mitosisThreshold),
                        "precis " + PrecisCommand.VERSION,
                        model.toString());
        new CellClassifierModels().write(cells, output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "cell classifier (%s) from federated study %s, sites %s; mitosis threshold %.3f%n",
                recipe.label(),
                study.provenance().parameters().getOrDefault("federated_study", "?"),
                study.provenance().parameters().getOrDefault("federated_sites", "?"),
                mitosisThreshold);
        out.println(CellClassifierModel.RESEARCH_USE);
        out.println(output);
        return 0;
    }
}
