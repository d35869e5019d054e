package org.precis.imaging.heatmap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Tile colours on a transparent image that covers a whole slide, for a viewer to lay over the
 * slide itself (OpenSeadragon's simple image, stretched to the slide's width): the image has the
 * slide's aspect ratio, a tile covers the pixels whose centres fall inside it, and where no tile
 * is painted the image is fully transparent. Opacity is the tile's own times the viewer's.
 */
public final class TileLayer {

    private final long slideWidth;
    private final long slideHeight;
    private final int width;
    private final int height;

    /**
     * @param slideWidth the slide's level-0 width in pixels
     * @param slideHeight the slide's level-0 height in pixels
     * @param longestSidePx the image's longer side, in pixels (at most the slide's)
     */
    public TileLayer(long slideWidth, long slideHeight, int longestSidePx) {
        if (slideWidth < 1 || slideHeight < 1) {
            throw new IllegalArgumentException("slide size must be positive, got " + slideWidth + " x " + slideHeight);
        }
        if (longestSidePx < 1) {
            throw new IllegalArgumentException("the layer's longest side must be positive, got " + longestSidePx);
        }
        this.slideWidth = slideWidth;
        this.slideHeight = slideHeight;
        double scale = Math.min(1.0, (double) longestSidePx / Math.max(slideWidth, slideHeight));
        this.width = (int) Math.max(1, Math.round(slideWidth * scale));
        this.height = (int) Math.max(1, Math.round(slideHeight * scale));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** {@link #paint} encoded as PNG, the form a viewer lays over the slide. */
    public byte[] png(List<TileColour> tiles) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(paint(tiles), "png", png)) {
            throw new IOException("no PNG writer available");
        }
        return png.toByteArray();
    }

    /** A new ARGB image with every tile painted; later tiles paint over earlier ones. */
    public BufferedImage paint(List<TileColour> tiles) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        // Each axis has its own scale, so that the image spans the slide exactly in both directions.
        double perPixelX = (double) slideWidth / width;
        double perPixelY = (double) slideHeight / height;
        for (TileColour colour : tiles) {
            var tile = colour.tile();
            int x0 = PixelCoverage.firstCovered(tile.x(), perPixelX, width);
            int x1 = PixelCoverage.firstCovered(tile.x() + tile.width(), perPixelX, width);
            int y0 = PixelCoverage.firstCovered(tile.y(), perPixelY, height);
            int y1 = PixelCoverage.firstCovered(tile.y() + tile.height(), perPixelY, height);
            int alpha = (int) Math.round(255 * colour.opacity());
            int argb = alpha << 24 | colour.rgb();
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    image.setRGB(x, y, argb);
                }
            }
        }
        return image;
    }
}
