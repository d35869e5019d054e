package org.precis.embed.patches;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.precis.io.file.Sha256Hex;

/**
 * Embedded, labelled patches: {@code count} vectors of {@code dimension} floats row by row, each
 * patch's file name and class index into {@code classNames}, the recipe that made the vectors,
 * the SHA-256 of the data (names, labels and image bytes) and the software version. Optionally
 * also each view's own vector before the views were averaged ({@code viewCount} views per patch,
 * {@code count x viewCount x dimension} values; {@code viewCount} 0 and no values when absent), so
 * that a classifier can be trained on every view and average its probabilities over them.
 *
 * <p>The feature arrays belong to the set; callers must not change them.
 */
public record PatchSet(
        int count,
        int dimension,
        float[] features,
        List<String> fileNames,
        int[] classIndex,
        List<String> classNames,
        PatchRecipe recipe,
        String dataSha256,
        String softwareVersion,
        int viewCount,
        float[] viewFeatures) {

    public PatchSet {
        if (count < 1 || dimension < 1) {
            throw new IllegalArgumentException(
                    "a patch set needs at least one patch and one dimension: " + count + " x " + dimension);
        }
        if (features == null || features.length != (long) count * dimension) {
            throw new IllegalArgumentException("expected " + (long) count * dimension + " feature values, got "
                    + (features == null ? "none" : features.length));
        }
        fileNames = List.copyOf(fileNames);
        classNames = List.copyOf(classNames);
        if (fileNames.size() != count || classIndex == null || classIndex.length != count) {
            throw new IllegalArgumentException("need one file name and one class per patch (" + count + ")");
        }
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("no class names");
        }
        for (int index : classIndex) {
            if (index < 0 || index >= classNames.size()) {
                throw new IllegalArgumentException("class index " + index + " outside 0.." + (classNames.size() - 1));
            }
        }
        Objects.requireNonNull(recipe, "recipe");
        dataSha256 = Sha256Hex.require("data", dataSha256);
        if (softwareVersion == null || softwareVersion.isBlank()) {
            throw new IllegalArgumentException("software version is missing");
        }
        if (viewCount < 0 || viewFeatures == null || viewFeatures.length != (long) count * viewCount * dimension) {
            throw new IllegalArgumentException("expected " + (long) count * viewCount * dimension
                    + " per-view feature values (" + viewCount + " views), got "
                    + (viewFeatures == null ? "none" : viewFeatures.length));
        }
    }

    /** A set without per-view vectors. */
    public PatchSet(
            int count,
            int dimension,
            float[] features,
            List<String> fileNames,
            int[] classIndex,
            List<String> classNames,
            PatchRecipe recipe,
            String dataSha256,
            String softwareVersion) {
        this(
                count,
                dimension,
                features,
                fileNames,
                classIndex,
                classNames,
                recipe,
                dataSha256,
                softwareVersion,
                0,
                new float[0]);
    }

    /** Whether each view's own vector is stored. */
    public boolean hasViewFeatures() {
        return viewCount > 0;
    }

    /**
     * Patch {@code index}'s vectors, one row per view ([viewCount][dimension]); without per-view
     * vectors, the one averaged vector.
     */
    public double[][] viewRows(int index) {
        Objects.checkIndex(index, count);
        if (!hasViewFeatures()) {
            return new double[][] {feature(index)};
        }
        double[][] rows = new double[viewCount][dimension];
        for (int v = 0; v < viewCount; v++) {
            int offset = (index * viewCount + v) * dimension;
            for (int j = 0; j < dimension; j++) {
                rows[v][j] = viewFeatures[offset + j];
            }
        }
        return rows;
    }

    /** A copy of patch {@code index}'s vector as doubles. */
    public double[] feature(int index) {
        Objects.checkIndex(index, count);
        double[] row = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            row[j] = features[index * dimension + j];
        }
        return row;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatchSet that
                && count == that.count
                && dimension == that.dimension
                && Arrays.equals(features, that.features)
                && fileNames.equals(that.fileNames)
                && Arrays.equals(classIndex, that.classIndex)
                && classNames.equals(that.classNames)
                && recipe.equals(that.recipe)
                && dataSha256.equals(that.dataSha256)
                && softwareVersion.equals(that.softwareVersion)
                && viewCount == that.viewCount
                && Arrays.equals(viewFeatures, that.viewFeatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                count,
                dimension,
                Arrays.hashCode(features),
                fileNames,
                Arrays.hashCode(classIndex),
                classNames,
                recipe,
                dataSha256,
                softwareVersion,
                viewCount,
                Arrays.hashCode(viewFeatures));
    }

    @Override
    public String toString() {
        return "PatchSet[" + count + " x " + dimension + (hasViewFeatures() ? " (" + viewCount + " views each)" : "")
                + ", classes " + classNames + ", " + recipe + "]";
    }
}
