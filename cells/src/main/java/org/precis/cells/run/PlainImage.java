package org.precis.cells.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.RgbImage;

/**
 * A plain image (PNG, JPEG, BMP, GIF) decoded whole, read at its own pixels. Its size is read from
 * the header and checked before it is decoded.
 */
final class PlainImage implements DetectionImage {

    /** Largest plain image: 64 Mpx, about 200 MB decoded; larger ones belong in a tiled pyramidal TIFF. */
    static final long MAX_PIXELS = 64L << 20;

    private final Path path;
    private final BufferedImage image;

    private PlainImage(Path path, BufferedImage image) {
        this.path = path;
        this.image = image;
    }

    static PlainImage open(Path file) throws DetectionInputException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new DetectionInputException(file, "not an image Precis reads (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new DetectionInputException(
                            file,
                            "image of " + width + "x" + height + " px is larger than the " + MAX_PIXELS
                                    + " px a plain image may have (it is decoded whole);"
                                    + " save it as a tiled pyramidal TIFF instead");
                }
                return new PlainImage(file, reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DetectionInputException(file, "unreadable image: " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public long width() {
        return image.getWidth();
    }

    @Override
    public long height() {
        return image.getHeight();
    }

    @Override
    public Optional<Double> statedMpp() {
        return Optional.empty();
    }

    @Override
    public RgbImage overview(PixelRegion region, int maxSide) {
        int step = (int) Math.max(1, Math.ceil((double) Math.max(region.width(), region.height()) / maxSide));
        int width = (int) Math.max(1, region.width() / step);
        int height = (int) Math.max(1, region.height() / step);
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB((int) region.x() + x * step, (int) region.y() + y * step);
                int i = 3 * (y * width + x);
                rgb[i] = (byte) (argb >> 16);
                rgb[i + 1] = (byte) (argb >> 8);
                rgb[i + 2] = (byte) argb;
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Override
    public PixelSource pixels(PixelRegion region, int downsample) {
        PlainImagePixels own = new PlainImagePixels(image, region);
        if (downsample == 1) {
            return own;
        }
        return (x, y, w, h) ->
                BoxDownsample.of(own.read(x * downsample, y * downsample, w * downsample, h * downsample), downsample);
    }

    @Override
    public Optional<PixelRegion> tissueBounds(double slideMpp) {
        return Optional.of(new PixelRegion(0, 0, width(), height()));
    }

    @Override
    public String defaultRegionName() {
        return "whole image";
    }

    @Override
    public void close() {}
}
