package org.precis.cells.classify;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/** Reads a plain RGB image file (JPEG, PNG, TIFF as the JDK reads them) into memory, size checked first. */
public final class PlainImages {

    /** Larger plain images should be read as slides, region by region. */
    public static final long MAX_PIXELS = 1L << 27;

    private PlainImages() {}

    /**
     * The image's pixels.
     *
     * @throws IllegalArgumentException naming the file when it is missing, not an image or too large
     */
    public static RgbImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such image file");
        }
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException(
                        file + ": not an image the JDK can read (JPEG, PNG, BMP, GIF, TIFF)");
            }
            var reader = readers.next();
            try {
                reader.setInput(input);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new IllegalArgumentException(file + ": " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " px is outside 1.." + MAX_PIXELS + " px for a plain image; open it as a slide");
                }
                BufferedImage image = reader.read(0);
                return RgbImage.of(image);
            } finally {
                reader.dispose();
            }
        } catch (javax.imageio.IIOException e) {
            throw new IllegalArgumentException(file + ": unreadable image: " + e.getMessage(), e);
        }
    }
}
