package org.precis.embed;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/**
 * Where the shared data lies for tests: system property {@code precis.data} (set by the build),
 * else {@code PRECIS_DATA}, else {@code ../shared} beside the checkout. Missing data fails the
 * test rather than skipping it.
 */
final class TestData {

    private TestData() {}

    static Path root() {
        return org.precis.testing.SampleData.root();
    }

    static Path lc25000() {
        Path folder = root().resolve("samples/patches/lung_LC25000_224px");
        if (!Files.isRegularFile(folder.resolve("labels.csv"))) {
            throw new IllegalStateException("LC25000 patches missing: " + folder + " (set PRECIS_DATA)");
        }
        return folder;
    }

    /** The patch paths listed in labels.csv, in its order. */
    static List<Path> lc25000Patches() throws IOException {
        Path folder = lc25000();
        List<Path> paths = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve("labels.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                paths.add(folder.resolve(line.substring(0, line.indexOf(','))));
            }
        }
        return paths;
    }

    static RgbImage decode(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("ImageIO cannot read " + file);
        }
        return RgbImage.of(image);
    }

    /** The first {@code count} patches of each class, decoded, in labels.csv order. */
    static List<RgbImage> firstPatches(int count) throws IOException {
        List<RgbImage> tiles = new ArrayList<>();
        for (Path path : lc25000Patches().subList(0, count)) {
            tiles.add(decode(path));
        }
        return tiles;
    }

    /** The same model read at another output, for example its classifier's probabilities. */
    static EncoderDescriptor withOutput(EncoderDescriptor d, String outputName, int outputDimension) {
        return new EncoderDescriptor(
                d.name(),
                d.model(),
                d.inputName(),
                d.inputHeight(),
                d.inputWidth(),
                d.channelOrder(),
                d.layout(),
                d.normalisation(),
                outputName,
                outputDimension,
                d.recommendedMpp(),
                d.licence(),
                d.source());
    }
}
