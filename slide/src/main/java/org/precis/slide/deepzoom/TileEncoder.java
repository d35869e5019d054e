package org.precis.slide.deepzoom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;
import org.precis.slide.codec.CodecException;
import org.precis.slide.codec.Codecs;
import org.precis.slide.codec.JpegEncoder;

/**
 * Compresses tiles: JPEG with the codecs' encoder (libjpeg-turbo where installed, with libjpeg's
 * defaults as PIL uses them, so that a tile's JPEG equals the one openslide's deepzoom server
 * would send for the same pixels), PNG with the JDK's writer. Thread-safe.
 */
public final class TileEncoder {

    private final JpegEncoder jpeg;

    public TileEncoder(JpegEncoder jpeg) {
        this.jpeg = jpeg;
    }

    /** The encoder of a set of codecs (close the codecs, not this, when done). */
    public static TileEncoder of(Codecs codecs) {
        return new TileEncoder(codecs.jpegEncoder());
    }

    /** Which library writes JPEG tiles. */
    public String jpegImplementation() {
        return jpeg.implementation();
    }

    /** The compressed tile in the format the settings ask for. */
    public byte[] encode(RgbImage tile, DeepZoomSettings settings) {
        return switch (settings.format()) {
            case JPEG -> jpeg(tile, settings.quality());
            case PNG -> png(tile);
        };
    }

    private byte[] jpeg(RgbImage tile, int quality) {
        try {
            return jpeg.encode(tile, quality);
        } catch (CodecException e) {
            throw new IllegalStateException(
                    jpeg.implementation() + " could not compress a " + tile.width() + "x" + tile.height() + " tile: "
                            + e.getMessage(),
                    e);
        }
    }

    private static byte[] png(RgbImage tile) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(tile.rgb().length / 2);
        try {
            if (!ImageIO.write(tile.toBufferedImage(), "png", bytes)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write a PNG tile: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
