package org.precis.slide.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import org.precis.slide.spi.ReadLimits;

/**
 * The pure-Java JPEG fallback decodes every kind of JPEG tile in the samples (Aperio RGB with
 * shared tables, libvips YCbCr 4:2:0, OME-TIFF JFIF) like libjpeg-turbo, within the decoders'
 * rounding.
 */
class JavaJpegFallbackTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CMU-1-Small-Region.svs",
                "CMU-1-Small-Region_pyramid_jpeg.tif",
                "OS-1-detail.ome.tif",
                "pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm"
            })
    void theJavaDecoderAgreesWithLibjpegTurbo(String name) throws Exception {
        long maxPixels = ReadLimits.DEFAULT.maxTilePixels();
        try (Slides turbo = new Slides(Codecs.system(maxPixels), 0, ReadLimits.DEFAULT, Slides.installedFormats());
                Slides java = new Slides(Codecs.javaOnly(maxPixels), 0, ReadLimits.DEFAULT, Slides.installedFormats());
                Slide fast = turbo.open(SampleData.slide(name));
                Slide fallback = java.open(SampleData.slide(name))) {
            assertThat(turbo.codecs().jpeg().implementation()).isEqualTo("libjpeg-turbo");
            assertThat(java.codecs().jpeg().implementation()).isEqualTo("java-imageio");
            SlideLevel base = fast.levels().get(0);
            for (RegionRequest request : List.of(
                    RegionRequest.atLevel(0, 0, 0, 300, 300),
                    RegionRequest.atLevel(0, base.width() / 2, base.height() / 2, 300, 300))) {
                RgbImage expected = fast.readRegion(request);
                RgbImage actual = fallback.readRegion(request);
                ImageComparison difference = ImageComparison.of(expected, actual);
                assertThat(difference.meanAbsoluteDifference()).isLessThanOrEqualTo(1.0);
                assertThat(difference.maxAbsoluteDifference()).isLessThanOrEqualTo(8);
            }
        }
    }
}
