package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideLevel;

/**
 * OpenSlide's {@code limit_bounds=True}: the pyramid of a slide that states a non-empty region
 * (no sample states one, so the reference script runs DeepZoomGenerator over a stand-in
 * pyramid with the properties MIRAX slides carry).
 */
class StatedBoundsTest {

    @Test
    void geometryIsOpenSlidesWithLimitBounds() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream(DeepZoomReference.ROOT + "deepzoom.json")) {
            reference = new ObjectMapper().readTree(in).get("stated_bounds");
        }
        List<SlideLevel> pyramid = new ArrayList<>();
        for (int i = 0; i < reference.get("level_dimensions").size(); i++) {
            JsonNode size = reference.get("level_dimensions").get(i);
            pyramid.add(new SlideLevel(
                    i,
                    size.get(0).asLong(),
                    size.get(1).asLong(),
                    reference.get("level_downsamples").get(i).asDouble(),
                    256,
                    256));
        }
        Map<String, String> properties = new HashMap<>();
        reference
                .get("properties")
                .fields()
                .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        SlideBounds bounds = SlideBounds.of(
                Path.of("stated.mrxs"), pyramid.get(0), properties, DeepZoomSettings.Bounds.STATED_BOUNDS);
        assertThat(bounds).isEqualTo(new SlideBounds(1234, 5678, 60001, 40003));
        DeepZoomSettings settings =
                DeepZoomSettings.openSlideDefaults().withBounds(DeepZoomSettings.Bounds.STATED_BOUNDS);
        DeepZoomLayout layout =
                new DeepZoomLayout("stated.mrxs", pyramid, bounds, settings, d -> lastNotAbove(pyramid, d));

        JsonNode levels = reference.get("levels");
        assertThat(layout.levels()).hasSize(levels.size());
        DeepZoomLevel last = layout.levels().get(levels.size() - 1);
        assertThat(new DziDescriptor(254, 1, TileFormat.JPEG, last.width(), last.height()).xml())
                .isEqualTo(reference.get("dzi").asText());
        for (int z = 0; z < levels.size(); z++) {
            JsonNode expected = levels.get(z);
            DeepZoomLevel level = layout.levels().get(z);
            assertThat(List.of(level.width(), level.height(), level.columns(), level.rows()))
                    .as("level %d", z)
                    .containsExactly(
                            expected.get("width").asLong(),
                            expected.get("height").asLong(),
                            expected.get("columns").asLong(),
                            expected.get("rows").asLong());
            for (JsonNode tile : expected.get("tiles")) {
                TileAddress address = new TileAddress(
                        z, tile.get("col").asLong(), tile.get("row").asLong());
                assertThat(layout.read(address))
                        .as("%s", address)
                        .isEqualTo(new TileRead(
                                tile.get("slide_level").asInt(),
                                tile.get("x").asLong(),
                                tile.get("y").asLong(),
                                tile.get("read_width").asInt(),
                                tile.get("read_height").asInt(),
                                tile.get("width").asInt(),
                                tile.get("height").asInt()));
            }
        }
    }

    @Test
    void statedBoundsOutsideTheSlideOrNotNumbersAreRefusedNamingTheFile() {
        SlideLevel base = new SlideLevel(0, 1000, 800, 1.0, 256, 256);
        Path file = Path.of("bad.mrxs");
        assertThatThrownBy(() -> SlideBounds.of(
                        file,
                        base,
                        Map.of(SlideBounds.X, "900", SlideBounds.WIDTH, "200"),
                        DeepZoomSettings.Bounds.STATED_BOUNDS))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessage("bad.mrxs: stated bounds 900,0 200x800 do not lie inside level 0 (1000x800)");
        assertThatThrownBy(() ->
                        SlideBounds.of(file, base, Map.of(SlideBounds.Y, "ten"), DeepZoomSettings.Bounds.STATED_BOUNDS))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessage("bad.mrxs: property openslide.bounds-y is not a whole number: ten");
    }

    @Test
    void aSlideThatStatesNoBoundsIsCoveredWhole() throws Exception {
        SlideLevel base = new SlideLevel(0, 1000, 800, 1.0, 256, 256);
        assertThat(SlideBounds.of(Path.of("plain.svs"), base, Map.of(), DeepZoomSettings.Bounds.STATED_BOUNDS))
                .isEqualTo(new SlideBounds(0, 0, 1000, 800));
        assertThat(SlideBounds.of(
                        Path.of("plain.svs"), base, Map.of(SlideBounds.X, "10"), DeepZoomSettings.Bounds.WHOLE_SLIDE))
                .isEqualTo(new SlideBounds(0, 0, 1000, 800));
    }

    /** OpenSlide's {@code get_best_level_for_downsample}. */
    private static SlideLevel lastNotAbove(List<SlideLevel> pyramid, double downsample) {
        SlideLevel best = pyramid.get(0);
        for (SlideLevel level : pyramid) {
            if (level.downsample() <= downsample) {
                best = level;
            }
        }
        return best;
    }
}
