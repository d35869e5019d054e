package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.imaging.SampleData;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.TileGridSpec;
import org.precis.imaging.provenance.PixelSizeSource;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TileTableTest {

    private static final String CMU_SHA256 = "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7";

    @TempDir
    Path folder;

    private TissueTileSelection selection;
    private SlideProvenance provenance;

    private void select() throws Exception {
        Path file = SampleData.sample("wsi/CMU-1-Small-Region.svs");
        TileGridSpec spec = new TileGridSpec(224, 0.5, 32, EdgeTiles.WHOLE_ONLY);
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            selection = TissueTiles.withDefaults().select(slide, spec, 0.5);
        }
        provenance = new SlideProvenance(
                file.getFileName().toString(),
                FileSha256.of(file),
                0.499,
                PixelSizeSource.SLIDE,
                "precis test",
                Map.of("grid", spec));
    }

    @Test
    void theSlideHashIsTheManifests() throws Exception {
        assertThat(FileSha256.of(SampleData.sample("wsi/CMU-1-Small-Region.svs")))
                .isEqualTo(CMU_SHA256);
    }

    @Test
    void geoJsonCarriesTheGridAndProvenanceAndOneRectangleATile() throws Exception {
        select();
        Path file = folder.resolve("tiles.geojson");
        new TileTable().write(file, selection, provenance);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode properties = root.get("properties");
        assertThat(properties.at("/provenance/slide_sha256").asText()).isEqualTo(CMU_SHA256);
        assertThat(properties.at("/provenance/slide_mpp_source").asText()).isEqualTo("SLIDE");
        assertThat(properties.at("/provenance/parameters/grid/overlap_px").asInt())
                .isEqualTo(32);
        assertThat(properties.at("/grid/tile_size_px").asInt()).isEqualTo(224);
        assertThat(properties.at("/grid/target_mpp").asDouble()).isEqualTo(0.5);
        assertThat(properties.at("/grid/slide_mpp").asDouble()).isEqualTo(0.499);
        assertThat(properties.get("min_tissue_fraction").asDouble()).isEqualTo(0.5);
        assertThat(properties.get("tiles_kept").asInt())
                .isEqualTo(selection.tiles().size());
        JsonNode features = root.get("features");
        assertThat(features).hasSize(selection.tiles().size());
        for (int i = 0; i < features.size(); i++) {
            TissueTile tile = selection.tiles().get(i);
            JsonNode feature = features.get(i);
            assertThat(feature.at("/properties/x").asLong())
                    .isEqualTo(tile.tile().x());
            assertThat(feature.at("/properties/tissue_fraction").asDouble())
                    .isEqualTo(tile.tissueFraction())
                    .isGreaterThanOrEqualTo(0.5);
            JsonNode ring = feature.at("/geometry/coordinates/0");
            assertThat(ring).hasSize(5);
            assertThat(ring.get(2).get(0).asLong())
                    .isEqualTo(tile.tile().x() + tile.tile().width());
            assertThat(ring.get(2).get(1).asLong())
                    .isEqualTo(tile.tile().y() + tile.tile().height());
        }
    }

    @Test
    void csvHasTheProvenanceInCommentsThenOneRowATile() throws Exception {
        select();
        Path file = folder.resolve("tiles.csv");
        new TileTable().write(file, selection, provenance);
        List<String> lines = Files.readAllLines(file);
        List<String> comments = lines.stream().filter(l -> l.startsWith("#")).toList();
        assertThat(comments)
                .contains(
                        "# slide_sha256: " + CMU_SHA256, "# min_tissue_fraction: 0.5", "# coordinates: level-0 pixels");
        assertThat(comments).anySatisfy(l -> assertThat(l).startsWith("# grid: {\"tile_size_px\":224,"));
        List<String> table = lines.subList(comments.size(), lines.size());
        assertThat(table.get(0)).isEqualTo("column,row,x,y,width,height,tissue_fraction");
        assertThat(table).hasSize(selection.tiles().size() + 1);
        TissueTile first = selection.tiles().get(0);
        assertThat(table.get(1))
                .isEqualTo(first.tile().column() + "," + first.tile().row() + ","
                        + first.tile().x()
                        + "," + first.tile().y() + "," + first.tile().width() + ","
                        + first.tile().height() + ","
                        + first.tissueFraction());
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theFormatFollowsTheExtension() {
        assertThat(TileTable.Format.of(Path.of("a/TILES.GeoJSON"))).isEqualTo(TileTable.Format.GEOJSON);
        assertThat(TileTable.Format.of(Path.of("tiles.csv"))).isEqualTo(TileTable.Format.CSV);
        assertThatThrownBy(() -> TileTable.Format.of(Path.of("tiles.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".geojson or .csv");
    }
}
