package org.precis.embed.bag;

import java.util.Arrays;
import java.util.Objects;

/**
 * The embeddings of one slide's tiles: {@code count} vectors of {@code dimension} floats, row by
 * row, and each tile's top-left corner in level-0 pixels (x, y), with the bag's provenance.
 *
 * <p>A bag holds at least one tile: a slide without tissue has no bag (MIL cannot use an empty
 * one, and jhdf 0.13 cannot write an empty dataset).
 *
 * <p>The arrays belong to the bag and callers must not change them: a bag of a large slide holds
 * hundreds of megabytes, too much to copy on every access. {@link #feature(int)} and
 * {@link #x(int)}/{@link #y(int)} read single tiles.
 */
public record FeatureBag(int count, int dimension, float[] features, long[] coords, BagProvenance provenance) {

    public FeatureBag {
        if (count < 1 || dimension < 1) {
            throw new IllegalArgumentException(
                    "a bag needs at least one tile and one dimension: " + count + " x " + dimension);
        }
        Objects.requireNonNull(provenance, "provenance");
        if (features == null || features.length != (long) count * dimension) {
            throw new IllegalArgumentException("expected " + (long) count * dimension + " feature values for " + count
                    + " x " + dimension + ", got " + (features == null ? "none" : features.length));
        }
        if (coords == null || coords.length != 2L * count) {
            throw new IllegalArgumentException("expected " + 2L * count + " coordinates for " + count + " tiles, got "
                    + (coords == null ? "none" : coords.length));
        }
    }

    /** A copy of tile {@code index}'s vector. */
    public float[] feature(int index) {
        Objects.checkIndex(index, count);
        return Arrays.copyOfRange(features, index * dimension, (index + 1) * dimension);
    }

    /** Tile {@code index}'s left edge in level-0 pixels. */
    public long x(int index) {
        Objects.checkIndex(index, count);
        return coords[2 * index];
    }

    /** Tile {@code index}'s top edge in level-0 pixels. */
    public long y(int index) {
        Objects.checkIndex(index, count);
        return coords[2 * index + 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureBag that
                && count == that.count
                && dimension == that.dimension
                && Arrays.equals(features, that.features)
                && Arrays.equals(coords, that.coords)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, dimension, Arrays.hashCode(features), Arrays.hashCode(coords), provenance);
    }

    @Override
    public String toString() {
        return "FeatureBag[" + count + " x " + dimension + ", " + provenance + "]";
    }
}
