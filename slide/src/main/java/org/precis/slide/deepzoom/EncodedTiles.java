package org.precis.slide.deepzoom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SharedWork;

/**
 * Compressed tiles of any number of pyramids, rendered on demand and kept in a cache bounded in
 * bytes (Caffeine, W-TinyLFU eviction), keyed by the slide's identity, the settings and the
 * tile's address. A tile is rendered once however many threads ask for it together; a tile
 * that fails (a corrupt slide tile) is not kept, and fails only itself. Thread-safe.
 */
public final class EncodedTiles {

    private record Key(SlideIdentity slide, DeepZoomSettings settings, TileAddress address) {}

    private final TileEncoder encoder;
    private final Cache<Key, EncodedTile> tiles;
    private final ConcurrentHashMap<Key, CompletableFuture<EncodedTile>> rendering = new ConcurrentHashMap<>();
    private final long maxBytes;

    /**
     * @param maxBytes most bytes of compressed tiles kept (0 keeps none)
     */
    public EncodedTiles(TileEncoder encoder, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("tile cache size must be >= 0 bytes: " + maxBytes);
        }
        this.encoder = encoder;
        this.maxBytes = maxBytes;
        this.tiles = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, EncodedTile tile) -> tile.bytes().length + 128)
                .executor(Runnable::run)
                .build();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The compressed tile, from the cache or rendered now.
     *
     * @throws TileOutOfRangeException when the tile does not exist
     * @throws SlideException          when the slide's data for it cannot be read
     */
    public EncodedTile get(DeepZoomPyramid pyramid, int level, long column, long row) throws SlideException {
        TileAddress address = pyramid.address(level, column, row);
        Key key = new Key(pyramid.identity(), pyramid.settings(), address);
        EncodedTile tile = tiles.getIfPresent(key);
        if (tile != null) {
            return tile;
        }
        CompletableFuture<EncodedTile> mine = new CompletableFuture<>();
        CompletableFuture<EncodedTile> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            return SharedWork.await(theirs);
        }
        try {
            tile = render(pyramid, address);
            if (maxBytes > 0) {
                tiles.put(key, tile);
            }
            mine.complete(tile);
            return tile;
        } catch (SlideException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** Renders and compresses a tile without the cache. */
    public EncodedTile render(DeepZoomPyramid pyramid, TileAddress address) throws SlideException {
        RgbImage pixels = pyramid.tile(address);
        return new EncodedTile(
                address,
                pyramid.settings().format(),
                pyramid.etag(address),
                encoder.encode(pixels, pyramid.settings()));
    }

    /** Drops the cached tiles of one slide file (for example when it is removed). */
    public void evict(SlideIdentity slide) {
        tiles.asMap().keySet().removeIf(key -> key.slide().equals(slide));
    }

    /** Bytes held now, after any pending evictions. */
    public long cachedBytes() {
        tiles.cleanUp();
        return tiles.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }
}
