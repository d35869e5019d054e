package org.precis.embed.pipeline;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.precis.embed.ChannelOrder;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Normalisation;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.TensorLayout;
import org.precis.embed.TinyOnnxModel;
import org.precis.imaging.grid.Tile;
import org.precis.slide.RgbImage;
import org.precis.testing.CorruptSlides;
import org.precis.testing.SampleData;

/**
 * What the pipeline tests share: the sample slide, an encoder whose vector is the mean of each
 * colour of the tile (so every vector can be checked against the pixels), and a copy of the
 * slide with one JPEG tile cut short.
 */
final class PipelineFixtures {

    /** CMU-1-Small-Region.svs: one level of 2220 x 2967 px at 0.499 µm/px, JPEG tiles of 240 px. */
    static final Path SLIDE = SampleData.path("samples/wsi/CMU-1-Small-Region.svs");
    /** Its SHA-256 as MANIFEST.md gives it. */
    static final String SLIDE_SHA256 = "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7";

    static final int FILE_TILE_PX = 240;
    static final int FILE_TILES_ACROSS = 10;

    private PipelineFixtures() {}

    /** Channel means of 224 px tiles, NCHW RGB, pixel values as they are (0..255). */
    static OnnxEncoder meanEncoder(Path folder) throws IOException, EncoderException {
        Path model = TinyOnnxModel.write(folder.resolve("means.onnx"), TensorLayout.NCHW, 224);
        EncoderDescriptor descriptor = new EncoderDescriptor(
                "channel_means",
                model,
                "pixels",
                224,
                224,
                ChannelOrder.RGB,
                TensorLayout.NCHW,
                Normalisation.NONE,
                "means",
                3,
                Optional.of(0.5),
                "Apache-2.0",
                folder.resolve("means.json").toString());
        return OnnxEncoder.open(OrtEnvironment.getEnvironment(), descriptor, new OnnxEncoderOptions(1, 64));
    }

    /** The mean of each colour, computed here from the pixels. */
    static double[] channelMeans(RgbImage image) {
        double[] sums = new double[3];
        byte[] rgb = image.rgb();
        for (int i = 0; i < rgb.length; i++) {
            sums[i % 3] += rgb[i] & 0xff;
        }
        int pixels = image.width() * image.height();
        return new double[] {sums[0] / pixels, sums[1] / pixels, sums[2] / pixels};
    }

    /** A copy of the slide whose level-0 JPEG tile ({@code column}, {@code row}) is cut short. */
    static Path withCorruptTile(Path folder, int column, int row) throws IOException {
        return CorruptSlides.cmu1SmallRegionWithCutTile(folder, column, row);
    }

    /** The level-0 bounds of a file tile. */
    static Tile fileTile(int column, int row) {
        return new Tile(
                column, row, (long) column * FILE_TILE_PX, (long) row * FILE_TILE_PX, FILE_TILE_PX, FILE_TILE_PX);
    }
}
