package org.precis.slide.codec;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.precis.slide.RgbImage;

/** The pure-Java fallback: the JDK's JPEG reader, with its warnings turned into errors. */
final class ImageIoJpegDecoder implements JpegDecoder {

    private final long maxPixels;

    ImageIoJpegDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    @Override
    public String implementation() {
        return "java-imageio";
    }

    @Override
    public RgbImage decode(byte[] jpeg, int length) throws CodecException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new CodecException("the JDK has no JPEG reader");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg, 0, length))) {
            reader.setInput(stream, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > maxPixels) {
                throw new CodecException("JPEG of " + reader.getWidth(0) + "x" + reader.getHeight(0)
                        + " pixels is outside the limit of " + maxPixels + " pixels");
            }
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new CodecException("JPEG data: " + warnings.get(0));
            }
            return RgbImage.of(image);
        } catch (IOException | RuntimeException e) {
            throw new CodecException("JPEG data: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
