package org.precis.cells.ihc;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

/** The sample images the IHC tests use, read as Precis reads them. */
final class IhcImages {

    static final String KI67_CROP = "samples/wsi/OS-2-ndpi.ome.tif";
    static final String HE_FIELD = "samples/cells/brecahad/images/Case_12-01.jpg";
    static final double KI67_MPP = 0.2271;

    private IhcImages() {}

    static Path ki67Path() {
        return SampleData.path(KI67_CROP);
    }

    /** The whole Ki67 crop at level 0. */
    static RgbImage ki67() throws SlideException {
        return ki67Region(0, 0, 2202, 2202);
    }

    static RgbImage ki67Region(int x, int y, int width, int height) throws SlideException {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(ki67Path())) {
            return slide.readRegion(RegionRequest.atLevel(0, x, y, width, height));
        }
    }

    /** The Ki67 crop resampled by the slide reader to {@code mpp}. */
    static RgbImage ki67AtMpp(double mpp) throws SlideException {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(ki67Path())) {
            int size = (int) Math.floor(2202 * slide.pixelSize().orElseThrow().mpp() / mpp);
            return slide.readRegion(RegionRequest.atMpp(mpp, 0, 0, size, size));
        }
    }

    static RgbImage heField() throws IOException {
        BufferedImage image = ImageIO.read(SampleData.path(HE_FIELD).toFile());
        return RgbImage.of(image);
    }

    /** Every channel inverted: a dark background with bright nuclei, as a fluorescence image looks. */
    static RgbImage inverted(RgbImage image) {
        byte[] rgb = image.rgb().clone();
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (255 - (rgb[i] & 0xff));
        }
        return new RgbImage(image.width(), image.height(), rgb);
    }
}
