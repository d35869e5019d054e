package org.precis.imaging.tissue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.io.file.AtomicFile;

/** A tissue mask as an 8-bit grey PNG at the mask's resolution: 255 tissue, 0 not. */
public final class MaskPng {

    private MaskPng() {}

    public static void write(Path target, TissueMask mask) throws IOException {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        boolean[] raster = mask.raster();
        for (int i = 0; i < raster.length; i++) {
            grey[i] = raster[i] ? (byte) 255 : 0;
        }
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
