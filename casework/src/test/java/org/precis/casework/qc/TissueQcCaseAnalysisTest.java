package org.precis.casework.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Overlay;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.qc.FocusTile;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.SlideQuality;
import org.precis.io.json.JsonMappers;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

/**
 * Tissue QC as a case analysis flags the tiles quality control finds out of focus: on the sample
 * H&amp;E slide with its left half blurred (written as a TIFF with its pixel size), exactly those
 * tiles, with their variance of the Laplacian, and none on the right half.
 */
class TissueQcCaseAnalysisTest {

    private static final double MPP = 0.4990;

    @TempDir
    Path folder;

    /** CMU-1-Small-Region with a 31 x 31 box blur (15 µm) over its left half, as a stripped TIFF. */
    private Path halfBlurred() throws Exception {
        BufferedImage image;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"))) {
            image = slide.readRegion(RegionRequest.atLevel(0, 0, 0, 2220, 2967)).toBufferedImage();
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        float[] box = new float[31];
        Arrays.fill(box, 1f / 31);
        BufferedImage left = rgb.getSubimage(0, 0, 1110, 2967);
        BufferedImage blurred = new ConvolveOp(new Kernel(31, 1, box), ConvolveOp.EDGE_NO_OP, null).filter(left, null);
        blurred = new ConvolveOp(new Kernel(1, 31, box), ConvolveOp.EDGE_NO_OP, null).filter(blurred, null);
        rgb.getGraphics().drawImage(blurred, 0, 0, null);

        Path file = folder.resolve("half-blurred.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
        BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
        long[][] perCm = {{Math.round(10_000 / MPP * 1000), 1000}};
        directory.addTIFFField(new TIFFField(
                tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT), BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER));
        directory.addTIFFField(
                new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, perCm));
        directory.addTIFFField(
                new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, perCm));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, directory.getAsMetadata()), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    @Test
    void flagsExactlyTheTilesQualityControlFindsOutOfFocus() throws Exception {
        Path file = halfBlurred();
        List<Tile> expected = new ArrayList<>();
        List<Double> variances = new ArrayList<>();
        CaseAnalysis analysis;
        try (Slides slides = Slides.withDefaults()) {
            try (Slide slide = slides.open(file)) {
                double mpp = SlidePixelSize.of(slide, OptionalDouble.empty(), "no pixel size")
                        .mpp();
                assertThat(mpp).isEqualTo(MPP, org.assertj.core.api.Assertions.within(1e-6));
                SlideQuality quality = new QualityControl(QcSettings.defaults()).assess(slide, mpp);
                for (FocusTile tile : quality.focusTiles()) {
                    if (tile.outOfFocus()) {
                        expected.add(tile.tile());
                        variances.add(tile.laplacianVariance());
                    }
                }
            }
            analysis = new TissueQcCaseAnalysis("precis test").run(slides, file, "half-blurred");
        }
        assertThat(expected).as("tiles out of focus on the blurred half").isNotEmpty();
        Overlay flags = analysis.overlays().stream()
                .filter(o -> o.kind().equals("qc-focus"))
                .findFirst()
                .orElseThrow();
        assertThat(flags.view()).isEqualTo("class");
        assertThat(flags.label()).isEqualTo("QC flags: tissue tiles out of focus");
        JsonNode features = JsonMappers.compact().readTree(flags.content()).get("features");
        assertThat(features.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode feature = features.get(i);
            assertThat(feature.at("/properties/classification/name").asText()).isEqualTo("Out of focus");
            assertThat(feature.at("/properties/measurements/Laplacian variance").asDouble())
                    .isEqualTo(variances.get(i));
            double minX = Double.MAX_VALUE;
            for (JsonNode vertex : feature.at("/geometry/coordinates/0")) {
                minX = Math.min(minX, vertex.get(0).asDouble());
            }
            assertThat(minX)
                    .as("a flagged tile starts on the blurred half")
                    .isEqualTo(expected.get(i).x());
            assertThat(expected.get(i).x()).isLessThan(1110);
        }
        assertThat(analysis.findings())
                .filteredOn(f -> f.key().equals("out_of_focus_fraction"))
                .singleElement()
                .satisfies(f -> assertThat((Double) f.value()).isPositive());
        assertThat(analysis.overlays()).extracting(Overlay::kind).containsExactly("tissue", "qc-focus");
    }
}
