package org.precis.embed.patches;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/** Reads patch image files (any format ImageIO reads: JPEG, PNG, TIFF...). */
public final class PatchImages {

    /** Larger patches than this are refused before they are decoded. */
    static final long MAX_PIXELS = 64L * 1024 * 1024;

    /**
     * The decoded image.
     *
     * @throws PatchInputException naming the file when it cannot be decoded
     */
    public RgbImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PatchInputException(file, "image file not found");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new PatchInputException(file, "unreadable image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new PatchInputException(file, "unreadable image (not a format ImageIO reads)");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new PatchInputException(file, "image too large: " + image.getWidth() + "x" + image.getHeight());
        }
        return RgbImage.of(image);
    }
}
