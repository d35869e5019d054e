package org.precis.demo.cells;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.io.json.CanonicalJson;

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
        return union(fields);
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
                    images, features, JitterPlan.uniform(1, 0), MPP, new SplittableRandom(20261206L));
        }
        PatchSet set = sets.of(table, images, recipe, "demo");
        io.write(set, file);
        return set;
    }

    /** The sets' cells in order, as one set (same recipe and classes; data SHA-256 of the parts'). */
    public static PatchSet union(List<PatchSet> parts) {
        PatchSet first = parts.get(0);
        int count = parts.stream().mapToInt(PatchSet::count).sum();
        int d = first.dimension();
        float[] features = new float[count * d];
        int[] classes = new int[count];
        List<String> names = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        var shas = data.putArray("parts");
        int at = 0;
        for (PatchSet part : parts) {
            if (!part.recipe().equals(first.recipe()) || !part.classNames().equals(first.classNames())) {
                throw new IllegalArgumentException("sets of different recipes or classes cannot be joined");
            }
            System.arraycopy(part.features(), 0, features, at * d, part.count() * d);
            System.arraycopy(part.classIndex(), 0, classes, at, part.count());
            names.addAll(part.fileNames());
            shas.add(part.dataSha256());
            at += part.count();
        }
        return new PatchSet(
                count,
                d,
                features,
                names,
                classes,
                first.classNames(),
                first.recipe(),
                CanonicalJson.sha256(data),
                first.softwareVersion());
    }
}
