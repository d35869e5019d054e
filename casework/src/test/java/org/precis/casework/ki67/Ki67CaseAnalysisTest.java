package org.precis.casework.ki67;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.cells.ihc.CellLabels;
import org.precis.cells.ihc.Ki67Report;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.cells.ihc.Ki67TiledScoring;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.CellDetection;
import org.precis.cells.run.DetectionListener;
import org.precis.imaging.heatmap.Colormap;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

/**
 * Ki67 on a case's slide: with no region the slide's tissue is scored tile by tile with exactly the
 * figures of {@code precis ihc ki67}'s tiled run; the nuclei go to the viewer as outlines, as points
 * beyond a limit and not at all beyond another; the index map's squares carry the positive fraction
 * of the nuclei they hold (counted here from the point overlay, square by square); the hot spot is
 * the report's circle; a region outside the slide is refused in one line.
 */
class Ki67CaseAnalysisTest {

    private static final String SOFTWARE = "precis test";
    private static final Path SLIDE = SampleData.path("samples/wsi/OS-2-ndpi.ome.tif");

    @TempDir
    Path folder;

    private static Ki67Report tiled;
    private static long slideWidth;
    private static long slideHeight;
    private static double mpp;

    @BeforeAll
    static void scoreAsTheCommandDoes() throws Exception {
        tiled = new Ki67TiledScoring(
                        Ki67Scorer.classical(Ki67Settings.defaults()),
                        CellLabels.POSITIVE_NEGATIVE,
                        SOFTWARE,
                        System::nanoTime)
                .score(
                        SLIDE,
                        Optional.empty(),
                        OptionalDouble.empty(),
                        CellDetection.DEFAULT_TILE_SIZE_PX,
                        1,
                        Optional.empty(),
                        DetectionListener.none())
                .report();
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SLIDE)) {
            slideWidth = slide.levels().get(0).width();
            slideHeight = slide.levels().get(0).height();
            mpp = slide.pixelSize().orElseThrow().mpp();
        }
    }

    @Test
    void aWholeSlideGivesTheTiledRunsFiguresWithItsNucleiOutlined() throws Exception {
        CaseAnalysis analysis = new Ki67CaseAnalysis(2, SOFTWARE).run(SLIDE, "os2", Optional.empty(), folder);

        Map<String, Finding> findings = analysis.findings().stream().collect(Collectors.toMap(Finding::key, f -> f));
        assertThat(tiled.cells()).isGreaterThan(500);
        assertThat((double) findings.get("ki67_index").value()).isEqualTo(tiled.positivePercent());
        assertThat(((Number) findings.get("ki67_nuclei").value()).intValue()).isEqualTo(tiled.cells());
        assertThat((double) findings.get("ki67_h_score").value()).isEqualTo(tiled.hScore());
        assertThat((double) findings.get("ki67_hotspot_index").value())
                .isEqualTo(tiled.hotspot().positivePercent());
        assertThat(analysis.provenance().get("scoring").toString()).startsWith("tile by tile");

        JsonNode cells = geoJson(overlay(analysis, "ki67-cells"));
        assertThat(cells.get("features")).hasSize(tiled.cells());
        assertThat(cells.get("features").get(0).at("/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(Files.list(folder)).as("nothing left in the work folder").isEmpty();
    }

    @Test
    void theIndexMapColoursEachSquareByThePositiveFractionOfTheNucleiItHolds() throws Exception {
        CaseAnalysis analysis =
                new Ki67CaseAnalysis(1, 0, Integer.MAX_VALUE, SOFTWARE).run(SLIDE, "os2", Optional.empty(), folder);

        JsonNode points = geoJson(overlay(analysis, "ki67-cells"));
        assertThat(points.get("features")).hasSize(tiled.cells());
        long positive = 0;
        for (JsonNode point : points.get("features")) {
            assertThat(point.at("/geometry/type").asText()).isEqualTo("Point");
            positive += "Positive"
                            .equals(point.at("/properties/classification/name").asText())
                    ? 1
                    : 0;
        }
        assertThat(positive).isEqualTo(tiled.positive());

        Overlay mapOverlay = overlay(analysis, "ki67-map");
        assertThat(mapOverlay.mediaType()).isEqualTo(Overlay.PNG);
        assertThat(mapOverlay.view()).isEqualTo("heatmap");
        BufferedImage map = ImageIO.read(new ByteArrayInputStream(mapOverlay.content()));
        assertThat((double) map.getWidth() / map.getHeight())
                .as("the layer spans the slide")
                .isCloseTo((double) slideWidth / slideHeight, within(2.0 / map.getHeight()));

        // squares of 250 µm from the scored box's corner, counted here from the points
        long[] box = tiled.region();
        double side = Ki67Overlays.SQUARE_UM / mpp;
        int columns = (int) Math.ceil(box[2] / side);
        int rows = (int) Math.ceil(box[3] / side);
        int[] nuclei = new int[columns * rows];
        int[] positives = new int[columns * rows];
        for (JsonNode point : points.get("features")) {
            double x = point.at("/geometry/coordinates/0").asDouble() - box[0];
            double y = point.at("/geometry/coordinates/1").asDouble() - box[1];
            int k = Math.min(rows - 1, (int) (y / side)) * columns + Math.min(columns - 1, (int) (x / side));
            nuclei[k]++;
            positives[k] += "Positive"
                            .equals(point.at("/properties/classification/name").asText())
                    ? 1
                    : 0;
        }
        double perPixelX = (double) slideWidth / map.getWidth();
        double perPixelY = (double) slideHeight / map.getHeight();
        int coloured = 0;
        int checked = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double x0 = box[0] + column * side;
                double y0 = box[1] + row * side;
                double x1 = Math.min(box[0] + box[2], x0 + side);
                double y1 = Math.min(box[1] + box[3], y0 + side);
                if (x1 - x0 < side / 2 || y1 - y0 < side / 2) {
                    continue;
                }
                int argb = map.getRGB((int) ((x0 + x1) / 2 / perPixelX), (int) ((y0 + y1) / 2 / perPixelY));
                int k = row * columns + column;
                checked++;
                if (nuclei[k] >= Ki67Overlays.MIN_NUCLEI_PER_SQUARE) {
                    coloured++;
                    assertThat(argb >>> 24).isEqualTo(255);
                    assertThat(argb & 0xFFFFFF)
                            .as("square %d,%d: %d of %d positive", column, row, positives[k], nuclei[k])
                            .isEqualTo(Colormap.VIRIDIS.rgb((double) positives[k] / nuclei[k]));
                } else {
                    assertThat(argb >>> 24)
                            .as("square %d,%d holds %d nuclei", column, row, nuclei[k])
                            .isZero();
                }
            }
        }
        assertThat(coloured).as("squares coloured of %d", checked).isGreaterThan(3);
    }

    @Test
    void beyondThePointLimitOnlyTheMapAndHotSpotAreLaidOver() throws Exception {
        CaseAnalysis analysis = new Ki67CaseAnalysis(1, 0, 10, SOFTWARE).run(SLIDE, "os2", Optional.empty(), folder);

        assertThat(analysis.overlays()).extracting(Overlay::kind).containsExactly("ki67-map", "ki67-hotspot");
        assertThat(analysis.provenance().get("nuclei_overlay").toString())
                .startsWith("omitted: " + tiled.cells() + " nuclei");

        JsonNode hotspot =
                geoJson(overlay(analysis, "ki67-hotspot")).get("features").get(0);
        assertThat(hotspot.at("/properties/measurements/Positive %").asDouble())
                .isEqualTo(tiled.hotspot().positivePercent());
        double radius = tiled.hotspot().diameterUm() / 2 / mpp;
        for (JsonNode vertex : hotspot.at("/geometry/coordinates/0")) {
            assertThat(Math.hypot(
                            vertex.get(0).asDouble() - tiled.hotspot().centreX(),
                            vertex.get(1).asDouble() - tiled.hotspot().centreY()))
                    .isCloseTo(radius, within(1e-6 * radius));
        }
    }

    @Test
    void aSmallRegionIsScoredAsOneImageWithItsNucleiOutlined() throws Exception {
        CaseAnalysis analysis = new Ki67CaseAnalysis(1, SOFTWARE)
                .run(SLIDE, "os2", Optional.of(new PixelRegion(200, 200, 800, 800)), folder);

        assertThat(analysis.provenance().get("scoring")).isEqualTo("the region as one image");
        int nuclei = ((Number) analysis.findings().stream()
                        .filter(f -> f.key().equals("ki67_nuclei"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .intValue();
        assertThat(geoJson(overlay(analysis, "ki67-cells")).get("features")).hasSize(nuclei);
        assertThat(analysis.overlays()).extracting(Overlay::kind).contains("ki67-map");
    }

    @Test
    void aRegionOutsideTheSlideIsRefusedInOneLine() {
        assertThatThrownBy(() -> new Ki67CaseAnalysis(1, SOFTWARE)
                        .run(SLIDE, "os2", Optional.of(new PixelRegion(slideWidth + 10, 0, 8000, 8000)), folder))
                .isInstanceOf(SlideException.class)
                .hasMessageContaining(SLIDE.getFileName().toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static Overlay overlay(CaseAnalysis analysis, String kind) {
        return analysis.overlays().stream()
                .filter(o -> o.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overlay " + kind));
    }

    private static JsonNode geoJson(Overlay overlay) throws Exception {
        assertThat(overlay.mediaType()).isEqualTo(Overlay.GEOJSON);
        return JsonMappers.snakeCase().readTree(overlay.content());
    }
}
