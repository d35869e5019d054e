package org.precis.imaging.heatmap;

import java.util.List;
import org.precis.imaging.grid.Tile;
import org.precis.slide.RgbImage;

/**
 * Paints tile colours over a thumbnail by alpha blending. A tile covers the thumbnail pixels whose
 * centres fall inside it, so neighbouring tiles meet without gaps or double painting.
 */
public final class TileOverlay {

    private final RgbImage thumbnail;
    private final double level0PerPixel;

    /**
     * @param thumbnail the image to paint on
     * @param level0PerPixel level-0 pixels per thumbnail pixel (the thumbnail's downsample)
     */
    public TileOverlay(RgbImage thumbnail, double level0PerPixel) {
        if (!(level0PerPixel > 0) || Double.isInfinite(level0PerPixel)) {
            throw new IllegalArgumentException("downsample must be positive, got " + level0PerPixel);
        }
        this.thumbnail = thumbnail;
        this.level0PerPixel = level0PerPixel;
    }

    /** A new image: the thumbnail with every tile's colour blended in; later tiles paint over earlier ones. */
    public RgbImage paint(List<TileColour> tiles) {
        byte[] rgb = thumbnail.rgb().clone();
        for (TileColour colour : tiles) {
            paintTile(rgb, colour);
        }
        return new RgbImage(thumbnail.width(), thumbnail.height(), rgb);
    }

    private void paintTile(byte[] rgb, TileColour colour) {
        Tile tile = colour.tile();
        int x0 = PixelCoverage.firstCovered(tile.x(), level0PerPixel, thumbnail.width());
        int x1 = PixelCoverage.firstCovered(tile.x() + tile.width(), level0PerPixel, thumbnail.width());
        int y0 = PixelCoverage.firstCovered(tile.y(), level0PerPixel, thumbnail.height());
        int y1 = PixelCoverage.firstCovered(tile.y() + tile.height(), level0PerPixel, thumbnail.height());
        double alpha = colour.opacity();
        int[] paint = {colour.rgb() >> 16 & 0xFF, colour.rgb() >> 8 & 0xFF, colour.rgb() & 0xFF};
        for (int y = y0; y < y1; y++) {
            int row = y * thumbnail.width();
            for (int x = x0; x < x1; x++) {
                int offset = (row + x) * 3;
                for (int c = 0; c < 3; c++) {
                    int under = rgb[offset + c] & 0xFF;
                    rgb[offset + c] = (byte) Math.round(under + (paint[c] - under) * alpha);
                }
            }
        }
    }
}
