package org.precis.learn.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;

/** One way to train on a patch set: its recipe's vectors with a view pooling. */
public record TrainingVariant(PatchSet set, ViewPooling pooling) {

    public TrainingVariant {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(pooling, "pooling");
        if (pooling == ViewPooling.PROBABILITY_MEAN && !set.hasViewFeatures()) {
            throw new IllegalArgumentException(
                    "probability-mean pooling needs per-view features, which " + set.recipe() + " does not store");
        }
    }

    /**
     * Every set with feature-mean pooling and, where it stores per-view vectors, with
     * probability-mean pooling too, set by set.
     */
    public static List<TrainingVariant> of(List<PatchSet> sets) {
        return of(sets, java.util.EnumSet.allOf(ViewPooling.class));
    }

    /**
     * Every set with each of {@code poolings} it supports, set by set.
     *
     * @throws IllegalArgumentException if that leaves no variant
     */
    public static List<TrainingVariant> of(List<PatchSet> sets, java.util.Set<ViewPooling> poolings) {
        List<TrainingVariant> variants = new ArrayList<>();
        for (PatchSet set : sets) {
            if (poolings.contains(ViewPooling.FEATURE_MEAN)) {
                variants.add(new TrainingVariant(set, ViewPooling.FEATURE_MEAN));
            }
            if (poolings.contains(ViewPooling.PROBABILITY_MEAN) && set.hasViewFeatures()) {
                variants.add(new TrainingVariant(set, ViewPooling.PROBABILITY_MEAN));
            }
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no patch set supports the view pooling " + poolings
                    + " (probability_mean needs per-view features: embed with --views dihedral8)");
        }
        return variants;
    }

    /** Each case's rows: its pooled vector, or its views' vectors. */
    double[][][] caseRows() {
        double[][][] rows = new double[set.count()][][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = pooling == ViewPooling.FEATURE_MEAN ? new double[][] {set.feature(i)} : set.viewRows(i);
        }
        return rows;
    }

    /** The recipe's JSON and the pooling, for provenance. */
    public String describe() {
        return new PatchRecipes().toText(set.recipe()) + " " + pooling.jsonName();
    }
}
