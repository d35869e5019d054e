package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.EncoderField;

/** The cell feature recipe of {@code --encoders} and {@code --no-stain}, as train-classifier reads them. */
final class CellRecipeOptions {

    private CellRecipeOptions() {}

    static CellFeatureRecipe recipe(List<String> encoders, boolean noStain, Path root) throws IOException {
        List<EncoderField> fields = new ArrayList<>();
        for (String name : encoders) {
            if (!name.equals("none")) {
                fields.add(CellFeatures.nucleusField(name, root));
            }
        }
        return new CellFeatureRecipe(fields, !noStain);
    }
}
