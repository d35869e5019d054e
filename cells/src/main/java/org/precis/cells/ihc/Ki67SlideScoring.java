package org.precis.cells.ihc;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.precis.cells.output.PixelRegion;
import org.precis.imaging.provenance.PixelSizeSource;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.io.file.FileSha256;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * Scores a region of a slide, or of a plain image (PNG, JPEG) Precis's slide readers do not
 * open, at its level-0 pixels. Every problem with the file is a {@link SlideException} naming it;
 * a pixel size or region the user gave that cannot be scored is an {@link IllegalArgumentException}.
 */
public final class Ki67SlideScoring {

    /** How the user gives a pixel size the file does not state. */
    public static final String MPP_HINT = "give its µm/px with --mpp";

    private final Ki67Scorer scorer;
    private final String software;

    public Ki67SlideScoring(Ki67Scorer scorer, String software) {
        this.scorer = scorer;
        this.software = software;
    }

    public ScoredImage score(Path file, Optional<PixelRegion> region, OptionalDouble givenMpp)
            throws SlideException, IOException {
        givenMpp.ifPresent(Ki67Scorer::requireScorablePixelSize);
        Pixels pixels = read(file, region, givenMpp);
        try {
            Ki67Result result = scorer.score(pixels.image(), pixels.mpp());
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("region", pixels.region().toString());
            parameters.put("ki67", scorer.settings().asMap());
            parameters.put("detector", scorer.detector().name());
            parameters.put("detector_parameters", scorer.detector().parameters());
            SlideProvenance provenance = new SlideProvenance(
                    file.getFileName().toString(),
                    FileSha256.of(file),
                    pixels.mpp(),
                    pixels.mppSource(),
                    software,
                    parameters);
            return new ScoredImage(pixels.image(), pixels.region(), result, provenance);
        } catch (UnsuitableImageException e) {
            throw new SlideException(file, e.getMessage());
        }
    }

    private record Pixels(RgbImage image, PixelRegion region, double mpp, PixelSizeSource mppSource) {}

    private Pixels read(Path file, Optional<PixelRegion> region, OptionalDouble givenMpp)
            throws SlideException, IOException {
        if (isPlainImage(file)) {
            long[] size = plainImageSize(file);
            if (region.isEmpty()) {
                Ki67Scorer.requireScorableSize(size[0], size[1]);
            }
            BufferedImage decoded = ImageIO.read(file.toFile());
            if (decoded == null) {
                throw new SlideException(file, "not a readable PNG or JPEG image");
            }
            if (givenMpp.isEmpty()) {
                throw new SlideException(file, "a plain image does not state its pixel size; " + MPP_HINT);
            }
            PixelRegion wanted = checked(file, region, decoded.getWidth(), decoded.getHeight());
            BufferedImage part = decoded.getSubimage(
                    (int) wanted.x(), (int) wanted.y(), (int) wanted.width(), (int) wanted.height());
            return new Pixels(RgbImage.of(part), wanted, givenMpp.getAsDouble(), PixelSizeSource.USER);
        }
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            double mpp;
            PixelSizeSource source;
            if (givenMpp.isPresent()) {
                mpp = givenMpp.getAsDouble();
                source = PixelSizeSource.USER;
            } else if (slide.pixelSize().isPresent()) {
                mpp = slide.pixelSize().get().mpp();
                source = PixelSizeSource.SLIDE;
                if (!(mpp >= Ki67Scorer.MIN_MPP && mpp <= Ki67Scorer.MAX_MPP)) {
                    throw new SlideException(
                            file,
                            String.format(
                                    Locale.ROOT,
                                    "states a pixel size of %s µm/px, outside what nuclei can be scored at (%.2f to %.1f);"
                                            + " if it is wrong, %s",
                                    mpp,
                                    Ki67Scorer.MIN_MPP,
                                    Ki67Scorer.MAX_MPP,
                                    MPP_HINT));
                }
            } else {
                throw new SlideException(file, "does not state its pixel size; " + MPP_HINT);
            }
            SlideLevel base = slide.levels().get(0);
            PixelRegion wanted = checked(file, region, base.width(), base.height());
            RgbImage image = slide.readRegion(
                    RegionRequest.atLevel(0, wanted.x(), wanted.y(), (int) wanted.width(), (int) wanted.height()));
            return new Pixels(image, wanted, mpp, source);
        }
    }

    private static PixelRegion checked(Path file, Optional<PixelRegion> region, long width, long height)
            throws SlideException {
        PixelRegion wanted = region.orElse(new PixelRegion(0, 0, width, height));
        if (!wanted.within(width, height)) {
            throw new SlideException(
                    file, "region " + wanted + " (X,Y,W,H) is outside the image of " + width + "x" + height + " px");
        }
        Ki67Scorer.requireScorableSize(wanted.width(), wanted.height());
        return wanted;
    }

    /** Width and height from the image's header, before any pixel is decoded. */
    private static long[] plainImageSize(Path file) throws IOException, SlideException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new SlideException(file, "not a readable PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new long[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean isPlainImage(Path file) throws IOException {
        return Files.isRegularFile(file) && isPlainImageName(file);
    }

    /** Whether the file's name says it is a PNG or JPEG image rather than a slide. */
    static boolean isPlainImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /**
     * Whether the region to score (all of the file when none is given) is larger than one image
     * scored at once ({@link Ki67Scorer#MAX_PIXELS}) and lies on a slide, which {@link
     * Ki67TiledScoring} then scores tile by tile (a plain image is decoded whole and keeps the limit).
     */
    public static boolean needsTiles(Path file, Optional<PixelRegion> region) throws SlideException, IOException {
        if (!Files.isRegularFile(file) || isPlainImageName(file)) {
            return false;
        }
        if (region.isPresent()) {
            return region.get().width() * region.get().height() > Ki67Scorer.MAX_PIXELS;
        }
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            SlideLevel base = slide.levels().get(0);
            return base.width() * base.height() > Ki67Scorer.MAX_PIXELS;
        }
    }
}
