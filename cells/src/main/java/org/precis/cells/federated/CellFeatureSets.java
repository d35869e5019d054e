package org.precis.cells.federated;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.precis.cells.classify.AnnotatedImage;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatureTable;
import org.precis.cells.classify.JitterPlan;
import org.precis.cells.nuclei.CellClass;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.io.json.CanonicalJson;

/**
 * Annotated cells' feature rows as a labelled patch set a federation site holds (the mapping is in
 * the package description), and the patch recipe that names a cell feature recipe exactly.
 */
public final class CellFeatureSets {

    /** The prefix of the encoder name of a cell feature set's patch recipe. */
    public static final String ENCODER_PREFIX = "cell-features/";

    private final CellClassifierModels models = new CellClassifierModels();

    /** The class names of every cell feature set, {@link CellClass} names in order. */
    public static List<String> classNames() {
        return Arrays.stream(CellClass.values()).map(CellClass::displayName).toList();
    }

    /**
     * The patch recipe of cells featured by {@code recipe}: encoder {@code cell-features/LABEL},
     * whose SHA-256 is that of the recipe's canonical JSON (as the cell classifier file writes it:
     * every encoder's model SHA-256, patch size and µm/px, the stain features), one identity view,
     * one scale of 1, no stain normalisation.
     */
    public PatchRecipe patchRecipe(CellFeatureRecipe recipe) {
        return new PatchRecipe(
                ENCODER_PREFIX + recipe.label(),
                CanonicalJson.sha256(models.recipeJson(recipe)),
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                Optional.empty());
    }

    /**
     * The cells of {@code table} (extracted from {@code images} with {@code recipe}) as a patch set:
     * one vector a cell, at its annotated point ({@link JitterPlan#annotatedPointOnly()}).
     *
     * @throws IllegalArgumentException if a cell has jittered views: the recipe a site checks names
     *     the encoders and stain features, not a jitter, so every site's vectors must be taken at the
     *     annotated point alone
     */
    public PatchSet of(
            CellFeatureTable table, List<AnnotatedImage> images, CellFeatureRecipe recipe, String softwareVersion) {
        int count = table.size();
        if (count == 0) {
            throw new IllegalArgumentException("the images hold no annotated cells");
        }
        if (table.imageNames().size() != images.size()) {
            throw new IllegalArgumentException(
                    "the table's " + table.imageNames().size() + " images are not the " + images.size() + " given");
        }
        int dimension = recipe.dimension();
        float[] features = new float[count * dimension];
        List<String> names = new ArrayList<>();
        int[] cellInImage = new int[images.size()];
        for (int i = 0; i < count; i++) {
            double[][] rows = table.views()[i];
            if (rows.length != 1) {
                throw new IllegalArgumentException("cell " + i + " has " + rows.length + " views: a cell feature set"
                        + " holds one vector a cell, at its annotated point (its recipe names no jitter)");
            }
            if (rows[0].length != dimension) {
                throw new IllegalArgumentException(
                        "cell " + i + " has " + rows[0].length + " features, the recipe makes " + dimension);
            }
            for (int j = 0; j < dimension; j++) {
                features[i * dimension + j] = (float) rows[0][j];
            }
            int image = table.image()[i];
            names.add(table.imageNames().get(image) + "#cell-" + cellInImage[image]++);
        }
        return new PatchSet(
                count,
                dimension,
                features,
                names,
                table.classIndex().clone(),
                classNames(),
                patchRecipe(recipe),
                dataSha256(images, 1),
                softwareVersion,
                0,
                new float[0]);
    }

    /** The SHA-256 of the images' and annotations' SHA-256s, by image name, and the views per cell. */
    private static String dataSha256(List<AnnotatedImage> images, int views) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ObjectNode inputs = data.putObject("inputs");
        for (AnnotatedImage image : images) {
            inputs.put("image:" + image.name(), image.imageSha256());
            inputs.put("annotations:" + image.name(), image.annotationsSha256());
        }
        data.put("views_per_cell", views);
        return CanonicalJson.sha256(data);
    }
}
