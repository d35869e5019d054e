package org.precis.imaging.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

/** Against scipy.ndimage.laplace and skimage.color.rgb2gray (src/test/fixtures/qc/make_laplacian_reference.py). */
class LaplacianVarianceTest {

    static RgbImage crop(RgbImage image, int x0, int y0, int width, int height) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.rgb(), 3 * ((y0 + y) * image.width() + x0), rgb, 3 * y * width, 3 * width);
        }
        return new RgbImage(width, height, rgb);
    }

    /** A separable Gaussian blur with the edge pixel repeated, as an out-of-focus scan would look. */
    static RgbImage blurred(RgbImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        int w = image.width();
        int h = image.height();
        double[] across = new double[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    double value = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int sx = Math.min(w - 1, Math.max(0, x + k));
                        value += kernel[k + radius] * (image.rgb()[3 * (y * w + sx) + c] & 0xff);
                    }
                    across[3 * (y * w + x) + c] = value;
                }
            }
        }
        byte[] out = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    double value = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int sy = Math.min(h - 1, Math.max(0, y + k));
                        value += kernel[k + radius] * across[3 * (sy * w + x) + c];
                    }
                    out[3 * (y * w + x) + c] = (byte) Math.round(value);
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    @Test
    void matchesScipyOnRealPatches() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/reference/qc/laplacian_variance.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        assertThat(reference.get("regions")).hasSize(5);
        for (JsonNode region : reference.get("regions")) {
            RgbImage patch = SampleData.patch(region.get("source").asText().substring("samples/".length()));
            RgbImage image = crop(
                    patch,
                    region.get("x").asInt(),
                    region.get("y").asInt(),
                    region.get("width").asInt(),
                    region.get("height").asInt());
            double expected = region.get("laplacianVariance").asDouble();
            assertThat(LaplacianVariance.of(image)).as(region.toString()).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void aFlatImageHasNoVarianceAndBlurLowersItBelowTheThreshold() throws Exception {
        assertThat(LaplacianVariance.of(RgbImage.filled(40, 30, 200, 90, 160))).isZero();
        RgbImage sharp = SampleData.patch("patches/stain_examples/skimage_ihc.png");
        RgbImage soft = blurred(sharp, 2.0);
        assertThat(LaplacianVariance.of(soft))
                .isLessThan(LaplacianVariance.of(sharp) / 10)
                .isLessThan(FocusSettings.defaults().blurThreshold());
    }
}
