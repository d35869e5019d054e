package org.precis.report.figure;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.io.file.AtomicFile;
import org.precis.slide.RgbImage;

/**
 * Writes a PNG through {@link AtomicFile}, so that an interrupted run never leaves a half-written
 * image that looks whole.
 */
public final class PngFile {

    private PngFile() {}

    public static void write(Figure figure, Path target) throws IOException {
        write(figure.toImage(), target);
    }

    public static void write(RgbImage image, Path target) throws IOException {
        write(image.toBufferedImage(), target);
    }

    public static void write(RenderedImage image, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
