package org.precis.slide.spi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/** Decoded tiles of all open slides, bounded in bytes (Caffeine, W-TinyLFU eviction). */
public final class TileCache {

    /** One tile of one open slide. */
    record Key(long slide, int level, long column, long row) {
    }

    /** Decodes a tile on a cache miss. */
    @FunctionalInterface
    public interface Loader {
        RgbImage load() throws SlideException;
    }

    private final Cache<Key, RgbImage> tiles;
    private final long maxBytes;

    public TileCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("cache size must be >= 0: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.tiles = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, RgbImage tile) -> tile.rgb().length + 64)
                .executor(Runnable::run)
                .build();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The cached tile, or the loader's result, which is then cached if {@code keep}. Two threads
     * missing the same tile may both decode it; that costs less than making one wait on the
     * other's lock.
     */
    RgbImage get(long slide, int level, long column, long row, boolean keep, Loader loader) throws SlideException {
        Key key = new Key(slide, level, column, row);
        RgbImage tile = tiles.getIfPresent(key);
        if (tile == null) {
            tile = loader.load();
            if (keep && maxBytes > 0) {
                tiles.put(key, tile);
            }
        }
        return tile;
    }

    /**
     * A freshly decoded tile the caller may keep as its own, or null when the cache holds the
     * tile (a cached tile is shared, so the caller must copy from it instead).
     */
    RgbImage decodeUncached(long slide, int level, long column, long row, Loader loader) throws SlideException {
        if (tiles.getIfPresent(new Key(slide, level, column, row)) != null) {
            return null;
        }
        return loader.load();
    }

    /** Drops every tile of a slide that is being closed. */
    void evict(long slide) {
        tiles.asMap().keySet().removeIf(key -> key.slide() == slide);
    }

    /** Bytes held now, after any pending evictions. */
    public long weightedSize() {
        tiles.cleanUp();
        return tiles.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
