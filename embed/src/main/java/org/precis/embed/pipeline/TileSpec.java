package org.precis.embed.pipeline;

/**
 * Which tiles of a slide are embedded: squares of {@code tileSizePx} pixels read at
 * {@code targetMpp} µm/px, kept when at least {@code minTissueFraction} of each is tissue.
 */
public record TileSpec(int tileSizePx, double targetMpp, double minTissueFraction) {

    /** Larger tiles than this are surely a typing error (and 200 MiB per tile of input). */
    static final int MAX_TILE_SIZE_PX = 4096;

    public TileSpec {
        if (tileSizePx < 1 || tileSizePx > MAX_TILE_SIZE_PX) {
            throw new IllegalArgumentException("tile size must be 1.." + MAX_TILE_SIZE_PX + " px: " + tileSizePx);
        }
        if (!(targetMpp > 0) || Double.isInfinite(targetMpp)) {
            throw new IllegalArgumentException("target µm/px must be positive and finite: " + targetMpp);
        }
        if (!(minTissueFraction >= 0 && minTissueFraction <= 1)) {
            throw new IllegalArgumentException("minimum tissue fraction must be in [0, 1]: " + minTissueFraction);
        }
    }
}
