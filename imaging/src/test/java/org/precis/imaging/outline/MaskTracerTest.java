package org.precis.imaging.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskTracerTest {

    /** A raster from rows of '#' (foreground) and '.' (background). */
    static boolean[] raster(String... rows) {
        boolean[] mask = new boolean[rows.length * rows[0].length()];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                mask[y * rows[0].length() + x] = rows[y].charAt(x) == '#';
            }
        }
        return mask;
    }

    @Test
    void aSquareWithAHoleIsOnePolygonWithOneHole() {
        boolean[] mask = raster(".....", ".###.", ".#.#.", ".###.", ".....");
        List<Polygon> polygons = new MaskTracer(5, 5).trace(mask);
        assertThat(polygons).hasSize(1);
        Polygon square = polygons.get(0);
        assertThat(square.exterior().vertices())
                .containsExactlyInAnyOrder(new Vertex(1, 1), new Vertex(4, 1), new Vertex(4, 4), new Vertex(1, 4));
        assertThat(square.exterior().signedArea()).isEqualTo(9.0);
        assertThat(square.holes()).hasSize(1);
        assertThat(square.holes().get(0).signedArea()).isEqualTo(-1.0);
        assertThat(square.area()).isEqualTo(8.0);
        assertThat(new PolygonRaster(5, 5).fill(polygons)).isEqualTo(mask);
    }

    @Test
    void pixelsTouchingAtACornerAreSeparatePolygons() {
        boolean[] mask = raster("#.", ".#");
        List<Polygon> polygons = new MaskTracer(2, 2).trace(mask);
        assertThat(polygons).hasSize(2).allSatisfy(p -> assertThat(p.area()).isEqualTo(1.0));
        assertThat(new PolygonRaster(2, 2).fill(polygons)).isEqualTo(mask);
    }

    @Test
    void anIslandInAHoleIsItsOwnPolygonAndTheHoleBelongsToTheOuterRing() {
        boolean[] mask = raster("#######", "#.....#", "#.###.#", "#.#.#.#", "#.###.#", "#.....#", "#######");
        List<Polygon> polygons = new MaskTracer(7, 7).trace(mask);
        assertThat(polygons).hasSize(2);
        Polygon outer = polygons.stream()
                .filter(p -> p.exterior().signedArea() == 49)
                .findFirst()
                .orElseThrow();
        Polygon island = polygons.stream()
                .filter(p -> p.exterior().signedArea() == 9)
                .findFirst()
                .orElseThrow();
        assertThat(outer.holes()).hasSize(1);
        assertThat(outer.holes().get(0).signedArea()).isEqualTo(-25.0);
        assertThat(island.holes()).hasSize(1);
        assertThat(new PolygonRaster(7, 7).fill(polygons)).isEqualTo(mask);
    }

    @Test
    void foregroundAtTheBorderIsClosedByTheBorder() {
        boolean[] mask = raster("###", "###");
        List<Polygon> polygons = new MaskTracer(3, 2).trace(mask);
        assertThat(polygons).hasSize(1);
        assertThat(polygons.get(0).exterior().vertices()).hasSize(4);
        assertThat(polygons.get(0).area()).isEqualTo(6.0);
    }

    @Test
    void anEmptyMaskHasNoPolygonsAndSizesMustMatch() {
        assertThat(new MaskTracer(4, 3).trace(new boolean[12])).isEmpty();
        assertThatThrownBy(() -> new MaskTracer(4, 3).trace(new boolean[11]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaskTracer(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
