package org.precis.federation.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;

/**
 * A site's patches for one training study, after the site's checks: the study's recipe must be
 * the one its patch set was made with (an encoder, views, scales or stains it cannot produce means
 * vectors the model cannot use), its classes the study's classes in the study's order, and it must
 * hold at least {@code min_samples} training patches; every released count (training patches, each
 * class's, validation patches) is at least the site's minimum cell count. The patches are split
 * into training and validation rows, within each class, by an order drawn from the study's seed and
 * each patch's file name, so every round sees the same split. Rows never leave the site.
 *
 * @param train training feature vectors (raw)
 * @param trainClass their classes
 * @param validation validation feature vectors (raw)
 * @param validationClass their classes
 */
public record SitePatches(double[][] train, int[] trainClass, double[][] validation, int[] validationClass) {

    /**
     * The site's rows split as a training study with {@code settings} splits them, after the
     * site's checks; {@code algorithm} names the algorithm in the one-line refusals.
     */
    public static SitePatches of(PatchSet set, TrainingSettings settings, DisclosureRules rules, String algorithm) {
        check(set, settings, algorithm);
        int k = settings.classCount();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < set.count(); i++) {
            byClass.get(set.classIndex()[i]).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        int[] trainCounts = new int[k];
        for (int c = 0; c < k; c++) {
            List<Integer> rows = byClass.get(c);
            rows.sort(Comparator.comparingLong(
                            (Integer i) -> key(settings.seed(), set.fileNames().get(i)))
                    .thenComparing(i -> set.fileNames().get(i)));
            int held = (int) Math.round(settings.validationFraction() * rows.size());
            validation.addAll(rows.subList(0, held));
            train.addAll(rows.subList(held, rows.size()));
            trainCounts[c] = rows.size() - held;
        }
        int minimum = Math.max(settings.minSamples(), rules.minimumCellCount());
        if (train.size() < rules.minimumCellCount()) {
            throw new DisclosureException(algorithm + ": this site has " + train.size()
                    + " training patches, fewer than its minimum cell count (" + rules.minimumCellCount() + ")");
        }
        if (train.size() < minimum) {
            throw new IllegalArgumentException(algorithm + ": this site has " + train.size()
                    + " training patches, the study needs at least " + minimum);
        }
        for (int c = 0; c < k; c++) {
            if (trainCounts[c] > 0 && trainCounts[c] < rules.minimumCellCount()) {
                throw new DisclosureException(
                        algorithm + ": class '" + settings.classes().get(c) + "' has "
                                + trainCounts[c] + " training patches at this site, fewer than its minimum cell count ("
                                + rules.minimumCellCount() + ")");
            }
        }
        if (!validation.isEmpty() && validation.size() < rules.minimumCellCount()) {
            throw new DisclosureException(algorithm + ": this site would hold back " + validation.size()
                    + " validation patches, fewer than its minimum cell count (" + rules.minimumCellCount() + ")");
        }
        return new SitePatches(rows(set, train), classes(set, train), rows(set, validation), classes(set, validation));
    }

    /** The one-line reason a site cannot take part, if its patch set does not fit the study. */
    private static void check(PatchSet set, TrainingSettings settings, String algorithm) {
        PatchRecipe mine = set.recipe();
        PatchRecipe asked = settings.recipe();
        if (!mine.equals(asked)) {
            throw new IllegalArgumentException(algorithm + ": this site cannot produce the study's embedding recipe: "
                    + difference(mine, asked) + "; the site's patch set would have to be embedded again with it");
        }
        if (!set.classNames().equals(settings.classes())) {
            throw new IllegalArgumentException(algorithm + ": the study's classes " + settings.classes()
                    + " are not this site's " + set.classNames());
        }
    }

    private static String difference(PatchRecipe mine, PatchRecipe asked) {
        if (!mine.encoder().equals(asked.encoder()) || !mine.encoderSha256().equals(asked.encoderSha256())) {
            return "encoder " + asked.encoder() + " (SHA-256 "
                    + asked.encoderSha256().substring(0, 12)
                    + "...) asked, this site's patches were embedded with " + mine.encoder() + " (SHA-256 "
                    + mine.encoderSha256().substring(0, 12) + "...)";
        }
        if (!mine.views().equals(asked.views())) {
            return "views " + asked.views() + " asked, this site's are " + mine.views();
        }
        if (!mine.scales().equals(asked.scales())) {
            return "scales " + asked.scales() + " asked, this site's are " + mine.scales();
        }
        if (!mine.stains().equals(asked.stains())) {
            return "stain normalisation " + asked.stains() + " asked, this site's is " + mine.stains();
        }
        return "the Reinhard target differs (" + new PatchRecipes().toText(asked) + " asked)";
    }

    private static long key(long seed, String fileName) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + fileName.hashCode()).nextLong();
    }

    private static double[][] rows(PatchSet set, List<Integer> indices) {
        double[][] rows = new double[indices.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.feature(indices.get(i));
        }
        return rows;
    }

    private static int[] classes(PatchSet set, List<Integer> indices) {
        int[] classes = new int[indices.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = set.classIndex()[indices.get(i)];
        }
        return classes;
    }

    int dimension() {
        return train[0].length;
    }

    /** Each class's training count. */
    double[] trainCounts(int classCount) {
        double[] counts = new double[classCount];
        for (int c : trainClass) {
            counts[c]++;
        }
        return counts;
    }

    /** The rows standardised by the pooled means and scales. */
    static double[][] standardised(double[][] rows, double[] mean, double[] scale) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (rows[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }
}
