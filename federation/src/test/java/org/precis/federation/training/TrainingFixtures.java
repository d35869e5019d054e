package org.precis.federation.training;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.federation.algorithm.SiteData;
import org.precis.survival.data.SurvivalTable;

/**
 * Patch sets whose vectors are drawn around a centre per class (a made-up encoder of {@code
 * dimension} features): small enough that a test sees every number, with the structure of real
 * embeddings (classes separable, not perfectly).
 */
public final class TrainingFixtures {
    public static final List<String> CLASSES = List.of("lung_aca", "lung_n", "lung_scc");
    public static final PatchRecipe RECIPE = new PatchRecipe(
            "made-up-encoder",
            "ab".repeat(32),
            ViewSet.IDENTITY,
            List.of(1.0),
            StainNormalisation.NONE,
            Optional.empty());

    private TrainingFixtures() {}

    /** {@code perClass[k]} patches of class k, features of class k centred on k in feature k mod d. */
    public static PatchSet patches(String site, int[] perClass, int dimension, long seed) {
        return patches(site, perClass, dimension, seed, RECIPE, CLASSES);
    }

    public static PatchSet patches(
            String site, int[] perClass, int dimension, long seed, PatchRecipe recipe, List<String> classes) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = java.util.Arrays.stream(perClass).sum();
        float[] features = new float[n * dimension];
        int[] classIndex = new int[n];
        List<String> names = new ArrayList<>();
        int i = 0;
        for (int k = 0; k < perClass.length; k++) {
            for (int m = 0; m < perClass[k]; m++, i++) {
                classIndex[i] = k;
                names.add(site + "/" + classes.get(k) + "/" + m + ".png");
                for (int j = 0; j < dimension; j++) {
                    double centre = j % classes.size() == k ? 1.5 : 0;
                    features[i * dimension + j] = (float) (centre + 3 + gaussian(random));
                }
            }
        }
        return new PatchSet(n, dimension, features, names, classIndex, classes, recipe, "cd".repeat(32), "test");
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public static SiteData site(String name, PatchSet set) {
        return new SiteData(name, SurvivalTable.of(List.of()), Optional.of(set));
    }

    /** A study's parameters for {@code dimension} features of the fixture recipe. */
    public static ObjectNode parameters(int dimension) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        CLASSES.forEach(p.putArray("classes")::add);
        p.set("recipe", new PatchRecipes().toJson(RECIPE));
        p.put("dimension", dimension);
        p.put("min_samples", 10);
        return p;
    }
}
