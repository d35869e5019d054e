package org.precis.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.precis.slide.RgbImage;

/**
 * Writes an image the test drew as a real slide file: a tiled, uncompressed, single-level TIFF
 * whose resolution tags state its µm/px (or none), through the JDK's own TIFF writer.
 */
public final class SyntheticSlide {

    private SyntheticSlide() {}

    /** Writes {@code image} to {@code file}; {@code mpp} of 0 writes no resolution. */
    public static Path write(Path file, RgbImage image, double mpp) throws IOException {
        BufferedImage pixels = image.toBufferedImage();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
            param.setTiling(256, 256, 0, 0);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels), param);
            if (mpp > 0) {
                TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
                BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
                // pixels per centimetre as a rational with a denominator of 1000
                long[][] perCm = {{Math.round(10_000 / mpp * 1000), 1000}};
                directory.addTIFFField(new TIFFField(
                        tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, perCm));
                directory.addTIFFField(new TIFFField(
                        tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, perCm));
                directory.addTIFFField(new TIFFField(
                        tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                        BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER));
                metadata = directory.getAsMetadata();
            }
            writer.write(null, new IIOImage(pixels, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
