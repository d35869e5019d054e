package org.precis.imaging.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.precis.imaging.grid.Tile;

class TileLayerTest {

    @Test
    void paintsTilesWithTheirOpacityAndLeavesTheRestTransparent() {
        TileLayer layer = new TileLayer(1000, 500, 100);
        assertThat(layer.width()).isEqualTo(100);
        assertThat(layer.height()).isEqualTo(50);
        BufferedImage image = layer.paint(List.of(new TileColour(new Tile(0, 0, 0, 0, 100, 100), 0x123456, 0.5)));
        assertThat(image.getRGB(0, 0)).isEqualTo(128 << 24 | 0x123456);
        assertThat(image.getRGB(9, 9)).isEqualTo(128 << 24 | 0x123456);
        assertThat(image.getRGB(10, 0) >>> 24).isZero();
        assertThat(image.getRGB(0, 10) >>> 24).isZero();
        assertThat(image.getRGB(99, 49) >>> 24).isZero();
    }

    @Test
    void aSmallSlideIsNeverEnlarged() {
        TileLayer layer = new TileLayer(300, 200, 2048);
        assertThat(layer.width()).isEqualTo(300);
        assertThat(layer.height()).isEqualTo(200);
        assertThatThrownBy(() -> new TileLayer(0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A grid of tiles covering the slide leaves no pixel unpainted, whatever the scale. */
    @Property(tries = 50)
    void aGridOfTilesCoversTheLayerWithoutGaps(
            @ForAll @IntRange(min = 50, max = 5000) int width,
            @ForAll @IntRange(min = 50, max = 5000) int height,
            @ForAll @IntRange(min = 7, max = 400) int tile,
            @ForAll @IntRange(min = 10, max = 300) int longest) {
        List<TileColour> tiles = new ArrayList<>();
        for (int y = 0, row = 0; y < height; y += tile, row++) {
            for (int x = 0, column = 0; x < width; x += tile, column++) {
                Tile t = new Tile(column, row, x, y, Math.min(tile, width - x), Math.min(tile, height - y));
                tiles.add(new TileColour(t, 0xFF0000, 1.0));
            }
        }
        BufferedImage image = new TileLayer(width, height, longest).paint(tiles);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(image.getRGB(x, y)).isEqualTo(0xFFFF0000);
            }
        }
    }
}
