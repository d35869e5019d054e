package org.precis.slide.spi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/** Decoded tiles of all open slides, bounded in bytes (Caffeine, W-TinyLFU eviction). */
public final class TileCache {

    /** One tile of one open slide, decoded at {@code 1 / 2^reduction} of its size. */
    record Key(long slide, int level, int reduction, long column, long row) {}

    /** Decodes a tile on a cache miss. */
    @FunctionalInterface
    public interface Loader {
        RgbImage load() throws SlideException;
    }

    private final Cache<Key, RgbImage> tiles;
    private final ConcurrentHashMap<Key, CompletableFuture<RgbImage>> decoding = new ConcurrentHashMap<>();
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
     * The cached tile, or the loader's result, which is then cached if {@code keep}. A tile is
     * decoded once however many threads miss it together: neighbouring regions read at once
     * share their edge tiles, and the later threads wait for the first one's result instead of
     * decoding it again. The decoding itself holds no lock.
     */
    RgbImage get(long slide, int level, int reduction, long column, long row, boolean keep, Loader loader)
            throws SlideException {
        Key key = new Key(slide, level, reduction, column, row);
        RgbImage tile = tiles.getIfPresent(key);
        if (tile != null) {
            return tile;
        }
        CompletableFuture<RgbImage> mine = new CompletableFuture<>();
        CompletableFuture<RgbImage> theirs = decoding.putIfAbsent(key, mine);
        if (theirs != null) {
            return SharedWork.await(theirs);
        }
        try {
            tile = loader.load();
            if (keep && maxBytes > 0) {
                tiles.put(key, tile);
            }
            mine.complete(tile);
            return tile;
        } catch (SlideException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            decoding.remove(key, mine);
        }
    }

    /**
     * A freshly decoded tile the caller may keep as its own, or null when the cache holds the
     * tile (a cached tile is shared, so the caller must copy from it instead).
     */
    RgbImage decodeUncached(long slide, int level, int reduction, long column, long row, Loader loader)
            throws SlideException {
        if (tiles.getIfPresent(new Key(slide, level, reduction, column, row)) != null) {
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
