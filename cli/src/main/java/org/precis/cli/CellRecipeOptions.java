package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.EncoderField;
import picocli.CommandLine.Option;

/**
 * {@code --encoders} and {@code --no-stain}: the cell feature recipe, read alike by {@code cells
 * train-classifier}, {@code cells feature-set} (every site of a federated study must use the same)
 * and {@code cells from-federated} (the recipe the study trained on).
 */
final class CellRecipeOptions {

    @Option(
            names = "--encoders",
            split = ",",
            defaultValue = "nic_multitask",
            description = "Encoders whose patch embeddings are the cell features (comma-separated; default"
                    + " ${DEFAULT-VALUE}; 'none' for stain features only).")
    List<String> encoders = new ArrayList<>();

    @Option(names = "--no-stain", description = "Leave out the stain statistics of the nucleus centre.")
    boolean noStain;

    /** The recipe, its encoders' descriptors read under the data folder {@code root}. */
    CellFeatureRecipe recipe(Path root) throws IOException {
        List<EncoderField> fields = new ArrayList<>();
        for (String name : encoders) {
            if (!name.equals("none")) {
                fields.add(CellFeatures.nucleusField(name, root));
            }
        }
        return new CellFeatureRecipe(fields, !noStain);
    }
}
