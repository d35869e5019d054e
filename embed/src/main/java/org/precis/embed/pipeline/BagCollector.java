package org.precis.embed.pipeline;

import java.util.Arrays;
import java.util.function.Consumer;
import org.precis.embed.bag.BagProvenance;
import org.precis.embed.bag.FeatureBag;

/**
 * Gathers a slide's vectors and tile corners into the arrays of a feature bag, growing them as
 * tiles come (the count is known only once unreadable tiles are left out).
 */
final class BagCollector implements Consumer<TileEmbedding> {

    private final int dimension;
    private float[] features;
    private long[] coords;
    private int count;

    BagCollector(int dimension, int expectedTiles) {
        this.dimension = dimension;
        int capacity = Math.max(1, expectedTiles);
        this.features = new float[Math.multiplyExact(capacity, dimension)];
        this.coords = new long[2 * capacity];
    }

    @Override
    public void accept(TileEmbedding embedding) {
        float[] feature = embedding.feature();
        if (feature.length != dimension) {
            throw new IllegalStateException(
                    "encoder gave " + feature.length + " values, its descriptor says " + dimension);
        }
        if (count * 2 == coords.length) {
            int capacity = Math.multiplyExact(count, 2);
            features = Arrays.copyOf(features, Math.multiplyExact(capacity, dimension));
            coords = Arrays.copyOf(coords, 2 * capacity);
        }
        System.arraycopy(feature, 0, features, count * dimension, dimension);
        coords[2 * count] = embedding.tile().tile().x();
        coords[2 * count + 1] = embedding.tile().tile().y();
        count++;
    }

    int count() {
        return count;
    }

    FeatureBag bag(BagProvenance provenance) {
        return new FeatureBag(
                count,
                dimension,
                Arrays.copyOf(features, count * dimension),
                Arrays.copyOf(coords, 2 * count),
                provenance);
    }
}
