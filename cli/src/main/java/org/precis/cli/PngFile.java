package org.precis.cli;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/**
 * Writes a PNG to a temporary file beside the target and renames it when complete, so that an
 * interrupted run never leaves a half-written image that looks whole.
 */
final class PngFile {

    private PngFile() {
    }

    static void write(RgbImage image, Path target) throws IOException {
        write(image.toBufferedImage(), target);
    }

    static void write(RenderedImage image, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
