package org.precis.slide.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.precis.slide.deepzoom.DeepZoomLevel;
import org.precis.slide.deepzoom.DeepZoomPyramid;
import org.precis.slide.deepzoom.TileAddress;

/**
 * The tiles a Deep Zoom benchmark requests: {@code count} tiles drawn uniformly, with
 * replacement, from all tiles of the deepest {@code levels} levels (where a viewer spends its
 * time), by SplitMix64 from {@code seed}. {@code bench/openslide_deepzoom.py} draws the same list
 * with the same generator, so that both sides serve the very same requests; {@link #sha256()}
 * tells that they did.
 */
public record DeepZoomTileSample(List<TileAddress> tiles) {

    public DeepZoomTileSample {
        tiles = List.copyOf(tiles);
    }

    public static DeepZoomTileSample draw(DeepZoomPyramid pyramid, int count, long seed, int levels) {
        if (count < 1 || levels < 1) {
            throw new IllegalArgumentException("a tile sample needs at least one tile from one level");
        }
        List<DeepZoomLevel> deepest =
                pyramid.levels().subList(Math.max(0, pyramid.levelCount() - levels), pyramid.levelCount());
        long total = deepest.stream().mapToLong(DeepZoomLevel::tileCount).sum();
        long state = seed;
        List<TileAddress> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            long index = Long.remainderUnsigned(z, total);
            for (DeepZoomLevel level : deepest) {
                if (index < level.tileCount()) {
                    drawn.add(new TileAddress(level.index(), index % level.columns(), index / level.columns()));
                    break;
                }
                index -= level.tileCount();
            }
        }
        return new DeepZoomTileSample(drawn);
    }

    /** The first 16 hex digits of the SHA-256 of the list as lines {@code "level column row\n"}. */
    public String sha256() {
        StringBuilder text = new StringBuilder();
        for (TileAddress tile : tiles) {
            text.append(tile.level())
                    .append(' ')
                    .append(tile.column())
                    .append(' ')
                    .append(tile.row())
                    .append('\n');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
