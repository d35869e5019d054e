package org.precis.demo.cells;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.precis.cells.classify.AnnotatedImage;
import org.precis.cells.classify.AnnotatedImages;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatureTable;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.JitterPlan;
import org.precis.cells.federated.CellFeatureSets;
import org.precis.demo.training.SiteSplit;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;

/**
 * BreCaHAD fields' annotated cells as cell feature sets, one view a cell (the annotated point): one
 * set per field, cached in a work folder, and a site's set as the union of its fields' sets.
 */
public final class CellSites {

    /** BreCaHAD's estimated pixel size (its README). */
    public static final double MPP = 0.32;

    private final Path brecahad;
    private final Path dataRoot;
    private final CellFeatureRecipe recipe;
    private final Path cache;

    /**
     * @param cache where each field's set is kept ({@code cells-LABEL-SHA12-FIELD.h5}), read back
     *     when it is there
     */
    public CellSites(Path dataRoot, CellFeatureRecipe recipe, Path cache) {
        this.dataRoot = dataRoot;
        this.brecahad = dataRoot.resolve("samples/cells/brecahad");
        this.recipe = recipe;
        this.cache = cache;
    }

    /** The cells of the fields {@code names} (BreCaHAD names, {@code Case_12-01}) as one site's set. */
    public PatchSet site(List<String> names) throws IOException, EncoderException {
        List<PatchSet> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(field(name));
        }
        return SiteSplit.concatenate(fields, String.join(",", names));
    }

    private PatchSet field(String name) throws IOException, EncoderException {
        Files.createDirectories(cache);
        CellFeatureSets sets = new CellFeatureSets();
        String key = sets.patchRecipe(recipe).encoderSha256().substring(0, 12);
        Path file = cache.resolve("cells-" + recipe.label() + "-" + key + "-" + name + ".h5");
        PatchSets io = new PatchSets();
        if (Files.isRegularFile(file)) {
            return io.read(file);
        }
        List<AnnotatedImage> images = AnnotatedImages.of(
                List.of(brecahad.resolve("images").resolve(name + ".jpg")), brecahad.resolve("annotations"), "Case_12");
        CellFeatureTable table;
        try (CellFeatures features = CellFeatures.open(recipe, dataRoot, new OnnxEncoderOptions(2, 32))) {
            table = CellFeatureTable.extract(
                    images, features, JitterPlan.annotatedPointOnly(), MPP, new SplittableRandom(20261206L));
        }
        PatchSet set = sets.of(table, images, recipe, "demo");
        io.write(set, file);
        return set;
    }
}
