package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.SlideException;
import org.precis.testing.SampleData;

/** Each bad input is refused with one line naming the file, before anything is written. */
class BadInputTest {

    @TempDir
    Path folder;

    private final Path svs = SampleData.path("samples/wsi/CMU-1-Small-Region.svs");
    private final Path jpeg = SampleData.path("samples/cells/brecahad/images/Case_12-01.jpg");

    private Path output() {
        return folder.resolve("out").resolve("cells.geojson");
    }

    private DetectionRequest request(Path image, Optional<PixelRegion> region, OptionalDouble mpp) throws IOException {
        Files.createDirectories(output().getParent());
        return Runs.request(image, region, mpp, 512, 1, output());
    }

    /** Nothing was written: the output folder is empty (no output, no checkpoint, no temporary file). */
    @AfterEach
    void nothingWritten() throws IOException {
        if (Files.isDirectory(output().getParent())) {
            try (Stream<Path> left = Files.list(output().getParent())) {
                assertThat(left).isEmpty();
            }
        }
    }

    private static void assertOneLineNaming(Throwable e, Path file) {
        assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("\n");
    }

    @Test
    void aRegionOutsideTheSlide() throws IOException {
        DetectionRequest request =
                request(svs, Optional.of(new PixelRegion(2000, 2900, 500, 500)), OptionalDouble.empty());
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(svs + ": region 2000,2900,500,500 (x,y,w,h) is outside the image, which is 2220x2967 px at"
                        + " level 0");
    }

    @Test
    void anImageWithoutPixelSizeAndNoMpp() throws IOException {
        DetectionRequest request = request(jpeg, Optional.empty(), OptionalDouble.empty());
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(jpeg + ": does not state its pixel size; give the µm/px of its pixels with --mpp");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.5, 100.5, 1e9, Double.NaN})
    void anAbsurdMpp(double mpp) throws IOException {
        DetectionRequest request = request(jpeg, Optional.empty(), OptionalDouble.of(mpp));
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertOneLineNaming(e, jpeg))
                .hasMessageContaining("--mpp " + mpp + " is out of range");
    }

    @Test
    void aOneByOnePixelImage() throws IOException {
        Path tiny = folder.resolve("tiny.png");
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR), "png", tiny.toFile());
        DetectionRequest request = request(tiny, Optional.empty(), OptionalDouble.of(0.5));
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(tiny + ": region of 1x1 px at 0.500 µm/px is too small for nucleus detection: it needs at"
                        + " least 32x32 px");
    }

    /** A PNG whose header says 100,000 x 100,000 px (30 GB of pixels): refused from the header, never decoded. */
    @Test
    void aHugePlainImageIsRefusedFromItsHeader() throws IOException {
        Path huge = folder.resolve("huge.png");
        Files.write(huge, pngHeader(100_000, 100_000));
        DetectionRequest request = request(huge, Optional.empty(), OptionalDouble.of(0.5));
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(huge + ": image of 100000x100000 px is larger than the 67108864 px a plain image may have"
                        + " (it is decoded whole); save it as a tiled pyramidal TIFF instead");
    }

    /** BreCaHAD field 01 inverted: dark background and bright nuclei, as dark-field or fluorescence looks. */
    @Test
    void aDarkBackgroundImage() throws IOException {
        BufferedImage image = ImageIO.read(jpeg.toFile());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, ~image.getRGB(x, y));
            }
        }
        Path dark = folder.resolve("dark.png");
        ImageIO.write(image, "png", dark.toFile());
        DetectionRequest request = request(dark, Optional.empty(), OptionalDouble.of(0.32));
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(dark + ": dark background (median brightness 88 of 255, brightfield H&E or IHC is at least"
                        + " 120): this looks like a fluorescence or dark-field image; nucleus detection needs"
                        + " brightfield");
    }

    @Test
    void anUnreadableSlideOrImage() throws IOException {
        Path slide = folder.resolve("broken.svs");
        Files.writeString(slide, "not a slide at all");
        DetectionRequest slideRequest = request(slide, Optional.empty(), OptionalDouble.empty());
        assertThatThrownBy(() -> Runs.run(Runs.classical(), slideRequest))
                .isInstanceOf(SlideException.class)
                .satisfies(e -> assertOneLineNaming(e, slide));

        Path image = folder.resolve("broken.jpg");
        Files.write(image, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
        DetectionRequest imageRequest = request(image, Optional.empty(), OptionalDouble.of(0.5));
        assertThatThrownBy(() -> Runs.run(Runs.classical(), imageRequest))
                .isInstanceOf(DetectionInputException.class)
                .satisfies(e -> assertOneLineNaming(e, image))
                .hasMessageContaining("unreadable image");

        Path missing = folder.resolve("missing.svs");
        DetectionRequest missingRequest = request(missing, Optional.empty(), OptionalDouble.empty());
        assertThatThrownBy(() -> Runs.run(Runs.classical(), missingRequest))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void anOutputFolderThatDoesNotExist() {
        Path output = folder.resolve("no-such-folder").resolve("cells.csv");
        DetectionRequest request = Runs.request(jpeg, Optional.empty(), OptionalDouble.of(0.32), 512, 1, output);
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(output + ": the output folder " + output.getParent().toAbsolutePath() + " does not exist");
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void anUnknownOutputExtension() throws IOException {
        Files.createDirectories(output().getParent());
        Path output = output().resolveSibling("cells.json");
        DetectionRequest request = Runs.request(jpeg, Optional.empty(), OptionalDouble.of(0.32), 512, 1, output);
        assertThatThrownBy(() -> Runs.run(Runs.classical(), request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(output + ": unknown output extension; use .geojson (QuPath detections), .csv (a table) or"
                        + " .h5 (HDF5 columns)");
    }

    /** The PNG signature, an IHDR chunk declaring {@code width} x {@code height} RGB, and IEND. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, ihdr.toByteArray());
        chunk(out, "IEND".getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, byte[] typeAndData) throws IOException {
        out.writeInt(typeAndData.length - 4);
        out.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
    }
}
