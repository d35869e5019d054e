package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.Classification;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

/** The cells a run writes after the merged pass: changed calls in place, calls between nuclei after them. */
class MergedCellsTest {

    private static Nucleus square(double x0, double y0, double side) {
        Ring ring = new Ring(List.of(
                new Vertex(x0, y0),
                new Vertex(x0 + side, y0),
                new Vertex(x0 + side, y0 + side),
                new Vertex(x0, y0 + side)));
        return new Nucleus(
                new Polygon(ring, List.of()),
                x0 + side / 2,
                y0 + side / 2,
                new NucleusMeasurements(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
    }

    private static final ClassCall TUMOR = new ClassCall(Classification.of(CellClass.TUMOR), 0.9);
    private static final ClassCall MITOSIS = new ClassCall(Classification.of(CellClass.MITOSIS), 0.7);

    private static List<Cell> written(List<Cell> nuclei, MergedCalls calls) throws Exception {
        List<Cell> out = new ArrayList<>();
        new MergedCells(CellSource.of(nuclei), calls).forEach(out::add);
        return out;
    }

    @Test
    void changesCallsInPlaceAndAddsCallsBetweenNucleiAfterThem() throws Exception {
        List<Cell> nuclei = List.of(
                Cell.classified(square(0, 0, 10), Classification.of(CellClass.MITOSIS)),
                Cell.unclassified(square(100, 100, 5)),
                Cell.unclassified(square(20, 4, 10)));
        MergedCalls calls = new MergedCalls(Map.of(0, TUMOR), List.of(new CallBetweenNuclei(17.5, 9.5, 0, 2, MITOSIS)));
        List<Cell> out = written(nuclei, calls);

        assertThat(out).hasSize(4);
        assertThat(out.get(0).nucleus()).isEqualTo(nuclei.get(0).nucleus());
        assertThat(out.get(0).classification()).contains(TUMOR.classification());
        assertThat(out.get(0).probability()).hasValue(0.9);
        assertThat(out.subList(1, 3)).isEqualTo(nuclei.subList(1, 3));

        Cell between = out.get(3);
        assertThat(between.classification()).contains(MITOSIS.classification());
        assertThat(between.probability()).hasValue(0.7);
        assertThat(between.nucleus().centroidX()).isEqualTo(17.5);
        assertThat(between.nucleus().centroidY()).isEqualTo(9.5);
        assertThat(between.nucleus().measurements().areaUm2()).isNaN();
        assertThat(between.nucleus().measurements().haematoxylinMean()).isNaN();
        // hull of [0,10]x[0,10] and [20,30]x[4,14]: the two squares and the strip between them, less two corner
        // triangles
        Ring hull = between.nucleus().outline().exterior();
        assertThat(hull.signedArea()).isPositive();
        assertThat(hull.vertices())
                .containsExactlyInAnyOrder(
                        new Vertex(0, 0),
                        new Vertex(10, 0),
                        new Vertex(30, 4),
                        new Vertex(30, 14),
                        new Vertex(20, 14),
                        new Vertex(0, 10));
        assertThat(hull.signedArea()).isEqualTo(30 * 14 - 0.5 * 20 * 4 - 0.5 * 20 * 4);
    }

    @Test
    void aCallBetweenNucleiTheRunDoesNotHaveIsAnError() {
        List<Cell> nuclei = List.of(Cell.unclassified(square(0, 0, 10)));
        MergedCalls calls = new MergedCalls(Map.of(), List.of(new CallBetweenNuclei(5, 5, 0, 3, MITOSIS)));
        assertThatThrownBy(() -> written(nuclei, calls))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 nuclei");
    }

    @Test
    void nothingMergedWritesTheNucleiAsTheyAre() throws Exception {
        List<Cell> nuclei = List.of(Cell.unclassified(square(0, 0, 10)), Cell.unclassified(square(50, 0, 10)));
        assertThat(written(nuclei, MergedCalls.none())).isEqualTo(nuclei);
    }
}
