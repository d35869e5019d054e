package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.cells.output.Cell;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

class Ki67CellsTest {

    private static ScoredCell cell(IntensityBin bin) {
        Polygon square = new Polygon(
                new Ring(List.of(new Vertex(0, 0), new Vertex(4, 0), new Vertex(4, 4), new Vertex(0, 4))), List.of());
        NucleusMeasurements detector = new NucleusMeasurements(16, 16, 0.8, 1, 4, 4, 0.3, 0.4, 0.02, 0, 0, 0, 2.5);
        return new ScoredCell(new Nucleus(square, 2, 2, detector), new NuclearStain(0.3, 0.5, 0.06, 0.6, 0.9, 16), bin);
    }

    @Test
    void placesCellsOnTheSlideWithTheImagesStainsInDecimalOd() {
        Cell cell = Ki67Cells.of(List.of(cell(IntensityBin.MODERATE)), CellLabels.INTENSITY_BINS, 100, 200)
                .get(0);
        assertThat(cell.nucleus().centroidX()).isEqualTo(102);
        assertThat(cell.nucleus().centroidY()).isEqualTo(202);
        assertThat(cell.nucleus().outline().exterior().vertices().get(0)).isEqualTo(new Vertex(100, 200));
        NucleusMeasurements m = cell.nucleus().measurements();
        // the IHC image's own decimal OD, the measurements' unit
        assertThat(m.dabMean()).isEqualTo(0.6);
        assertThat(m.dabMax()).isEqualTo(0.9);
        assertThat(m.haematoxylinMean()).isEqualTo(0.3);
        assertThat(m.eosinMean()).isNaN();
        assertThat(m.areaUm2()).isEqualTo(16);
        assertThat(m.textureContrast()).isEqualTo(2.5);
        assertThat(cell.classification().orElseThrow().name()).isEqualTo("2+");
    }

    @Test
    void namesClassesAsQuPathDoes() {
        assertThat(Ki67Cells.of(List.of(cell(IntensityBin.WEAK)), CellLabels.POSITIVE_NEGATIVE, 0, 0)
                        .get(0)
                        .classification()
                        .orElseThrow())
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Positive");
                    assertThat(c.rgb()).isEqualTo(0xC83232);
                });
        assertThat(Ki67Cells.of(List.of(cell(IntensityBin.NEGATIVE)), CellLabels.POSITIVE_NEGATIVE, 0, 0)
                        .get(0)
                        .classification()
                        .orElseThrow()
                        .name())
                .isEqualTo("Negative");
    }
}
