package org.precis.report.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.cells.output.Cell;
import org.precis.cells.output.Classification;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.RegionPicture;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.FigureFile;
import org.precis.testing.SampleData;

/** A cell overlay on a real BreCaHAD field: the image at its own size, outlines in class colours, legend and caption. */
class CellOverlayTest {

    @TempDir
    Path folder;

    private static Cell square(double x, double y, Optional<Classification> c) {
        Ring ring = new Ring(List.of(
                new Vertex(x - 10, y - 10),
                new Vertex(x + 10, y - 10),
                new Vertex(x + 10, y + 10),
                new Vertex(x - 10, y + 10)));
        NucleusMeasurements m = new NucleusMeasurements(16, 16, 0.8, 1, 4, 4, 0.3, 0.4, 0.02, 0, 0, 0, 2.5);
        return new Cell(
                new Nucleus(new Polygon(ring, List.of()), x, y, m),
                c,
                c.isPresent() ? OptionalDouble.of(0.9) : OptionalDouble.empty());
    }

    @Test
    void outlinesEachCellInItsClassColourOverTheImageWithLegendAndCaption() throws Exception {
        PixelRegion region = new PixelRegion(100, 50, 1000, 800);
        RegionPicture picture =
                RegionPicture.read(SampleData.path("samples/cells/brecahad/images/Case_12-01.jpg"), region, 4096);
        Classification tumor = Classification.of(CellClass.TUMOR);
        Classification mitosis = Classification.of(CellClass.MITOSIS);
        List<Cell> cells = List.of(
                square(300, 200, Optional.of(tumor)),
                square(500, 400, Optional.of(tumor)),
                square(700, 600, Optional.of(mitosis)),
                square(900, 300, Optional.empty()));

        AnnotatedImage figure =
                CellOverlay.of(picture, 0.32, cells, List.of(), "Case_12-01.jpg, region 100,50,1000,800.");
        Path png = folder.resolve("overlay.png");
        FigureFile.write(figure, png);
        BufferedImage read = ImageIO.read(png.toFile());

        assertThat(picture.image().width()).isEqualTo(1000);
        assertThat(read.getWidth()).isEqualTo(1000);
        assertThat(read.getHeight()).isGreaterThan(800 + 40);
        // the middle of each square's top edge, in picture pixels (level-0 minus the region's corner)
        assertThat(read.getRGB(300 - 100, 200 - 10 - 50) & 0xFFFFFF).isEqualTo(tumor.rgb());
        assertThat(read.getRGB(700 - 100, 600 - 10 - 50) & 0xFFFFFF).isEqualTo(mitosis.rgb());
        assertThat(read.getRGB(900 - 100, 300 - 10 - 50) & 0xFFFFFF).isEqualTo(CellOverlay.UNCLASSIFIED);
        // inside a square the image is untouched
        assertThat(read.getRGB(300 - 100, 200 - 50) & 0xFFFFFF)
                .isEqualTo(picture.image().toBufferedImage().getRGB(200, 150) & 0xFFFFFF);
        assertThat(figure.swatches())
                .extracting(LegendEntry::label)
                .containsExactly("Tumor (2)", "Mitosis (1)", "Nucleus (not classified) (1)");
        assertThat(String.join(" ", figure.caption().paragraphs()))
                .contains("Case_12-01.jpg", "4 nuclei", "Research use only, not a diagnosis.");
        assertThat(figure.scaleBar()).isPresent();
    }

    @Test
    void writesTheSameFigureAsSvgWithTheImageEmbedded() throws Exception {
        RegionPicture picture = RegionPicture.read(
                SampleData.path("samples/cells/brecahad/images/Case_12-01.jpg"), new PixelRegion(0, 0, 800, 600), 4096);
        List<Cell> cells = List.of(square(300, 200, Optional.of(Classification.of(CellClass.TUMOR))));
        Path svg = folder.resolve("overlay.svg");
        FigureFile.write(CellOverlay.of(picture, 0.32, cells, List.of(), "Case_12-01.jpg."), svg);
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains("data:image/png;base64,", "Tumor (1)", "Research use only");
    }
}
