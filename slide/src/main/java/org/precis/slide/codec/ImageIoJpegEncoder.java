package org.precis.slide.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.precis.slide.RgbImage;

/**
 * The pure-Java fallback: the JDK's JPEG writer (its libjpeg 6b inside), whose quality
 * {@code q / 100} scales the standard tables as IJG quality {@code q} does, with 4:2:0
 * chroma for a three-channel image.
 */
final class ImageIoJpegEncoder implements JpegEncoder {

    @Override
    public String implementation() {
        return "java-imageio";
    }

    @Override
    public byte[] encode(RgbImage image, int quality) throws CodecException {
        JpegEncoder.checkQuality(quality);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new CodecException("the JDK has no JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.rgb().length / 8);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image.toBufferedImage(), null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new CodecException("JPEG compression: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
