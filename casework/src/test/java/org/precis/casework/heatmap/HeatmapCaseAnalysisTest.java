package org.precis.casework.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseStoreFixture;
import org.precis.imaging.heatmap.Colormap;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.NewOverlay;
import org.precis.store.cases.OverlayInfo;
import org.precis.testing.SampleData;

/** The lung subtype heatmap of a real slide through the case work into an H2 store. */
class HeatmapCaseAnalysisTest {

    private static final Path MODEL = Path.of("..", "learn", "models", "lc25000-lung-mobilenet_v2.json");
    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private static final List<String> CLASSES = List.of("lung_aca", "lung_n", "lung_scc");

    @TempDir
    Path folder;

    @Test
    void recordsTileClassFractionsOneProbabilityLayerPerClassAndTheTilesWithTheirProvenance() throws Exception {
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            CaseRecord record = fixture.store()
                    .cases()
                    .create(new NewCase(
                            "PSEUDO-LUNG-1", "Lung, resection", fixture.json().createObjectNode()));
            fixture.work().addSlide(record.caseId(), SLIDE);
            AnalysisRecord analysis = fixture.work()
                    .analyse(
                            record.caseId(),
                            AnalysisKind.HEATMAP,
                            Optional.of(SLIDE),
                            Optional.empty(),
                            Optional.of(MODEL));

            JsonNode result = analysis.result();
            assertThat(result.at("/tiles/value").asDouble()).isEqualTo(47);
            double sum = 0;
            for (String name : CLASSES) {
                JsonNode fraction = result.get("fraction_" + name);
                double value = fraction.get("value").asDouble();
                assertThat(fraction.at("/interval/0").asDouble()).isLessThanOrEqualTo(value);
                assertThat(fraction.at("/interval/1").asDouble()).isGreaterThanOrEqualTo(value);
                assertThat(fraction.get("interval_method").asText()).startsWith("Wilson");
                assertThat(value * 47).isCloseTo(Math.rint(value * 47), within(1e-9));
                sum += value;
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
            assertThat(result.has("stain_warning")).isFalse();

            JsonNode provenance = analysis.provenance();
            assertThat(provenance.get("model_sha256").asText()).isEqualTo(FileSha256.of(MODEL));
            assertThat(provenance.get("slide_sha256").asText())
                    .isEqualTo(FileSha256.of(SampleData.path("samples/wsi/" + SLIDE)));
            assertThat(provenance.get("encoder").asText()).isEqualTo("mobilenet_v2");
            assertThat(provenance.get("encoder_sha256").asText())
                    .isEqualTo(fixture.json()
                            .readTree(MODEL.toFile())
                            .at("/recipe/encoder_sha256")
                            .asText());
            assertThat(provenance.get("software").asText()).isEqualTo(CaseStoreFixture.SOFTWARE);
            assertThat(provenance.at("/parameters/tile_px").asInt()).isEqualTo(224);
            assertThat(provenance.get("intended_use").asText()).contains("not a diagnosis");

            List<OverlayInfo> overlays = fixture.store().cases().overlays(analysis.id());
            assertThat(overlays)
                    .extracting(OverlayInfo::kind)
                    .containsExactlyInAnyOrder(
                            "heatmap-lung-aca", "heatmap-lung-n", "heatmap-lung-scc", "heatmap-tiles");
            assertThat(overlays)
                    .filteredOn(o -> o.kind().equals("heatmap-lung-scc"))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.view()).isEqualTo("heatmap");
                        assertThat(o.mediaType()).isEqualTo("image/png");
                        assertThat(o.label()).isEqualTo("lung squamous cell carcinoma probability");
                    });
            NewOverlay tiles = fixture.store()
                    .cases()
                    .overlay(analysis.id(), "heatmap-tiles")
                    .orElseThrow();
            assertThat(tiles.view()).isEqualTo("class");
            JsonNode features = fixture.json().readTree(tiles.content()).get("features");
            assertThat(features.size()).isEqualTo(47);
            Map<String, Integer> predicted = new HashMap<>();
            for (JsonNode feature : features) {
                predicted.merge(feature.at("/properties/classification/name").asText(), 1, Integer::sum);
            }
            for (String name : CLASSES) {
                assertThat(predicted.getOrDefault(name, 0) / 47.0)
                        .isCloseTo(result.at("/fraction_" + name + "/value").asDouble(), within(1e-12));
            }

            long width;
            long height;
            try (Slides slides = Slides.withDefaults();
                    Slide slide = slides.open(SampleData.path("samples/wsi/" + SLIDE))) {
                width = slide.levels().get(0).width();
                height = slide.levels().get(0).height();
            }
            BufferedImage layer = ImageIO.read(new ByteArrayInputStream(fixture.store()
                    .cases()
                    .overlay(analysis.id(), "heatmap-lung-scc")
                    .orElseThrow()
                    .content()));
            assertThat(Math.max(layer.getWidth(), layer.getHeight())).isEqualTo(2048);
            assertThat((double) layer.getWidth() / layer.getHeight())
                    .as("the slide's aspect ratio, to rounding of one pixel")
                    .isCloseTo((double) width / height, within(1.0 / Math.min(layer.getWidth(), layer.getHeight())));
            assertThat(layer.getColorModel().hasAlpha()).isTrue();
            // Every tile's centre has its probability in viridis, opaque; the right edge, no whole tile, is clear.
            for (JsonNode feature : features) {
                JsonNode ring = feature.at("/geometry/coordinates/0");
                double cx = (ring.get(0).get(0).asDouble() + ring.get(2).get(0).asDouble()) / 2;
                double cy = (ring.get(0).get(1).asDouble() + ring.get(2).get(1).asDouble()) / 2;
                int x = (int) (cx * layer.getWidth() / width);
                int y = (int) (cy * layer.getHeight() / height);
                double p = feature.at("/properties/measurements/P(lung_scc)").asDouble();
                assertThat(layer.getRGB(x, y)).isEqualTo(0xFF000000 | Colormap.VIRIDIS.rgb(p));
            }
            assertThat(layer.getRGB(layer.getWidth() - 1, layer.getHeight() / 2) >>> 24)
                    .isZero();
        }
    }

    @Test
    void aHeatmapWithoutAModelFileIsRefusedBeforeAnyTileIsRead() throws Exception {
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            CaseRecord record = fixture.store()
                    .cases()
                    .create(new NewCase(
                            "PSEUDO-LUNG-2", "Lung, resection", fixture.json().createObjectNode()));
            fixture.work().addSlide(record.caseId(), SLIDE);
            assertThatThrownBy(() -> fixture.work()
                            .analyse(
                                    record.caseId(),
                                    AnalysisKind.HEATMAP,
                                    Optional.of(SLIDE),
                                    Optional.empty(),
                                    Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the heatmap analysis needs a model file");
            assertThat(fixture.store().cases().analyses(record.caseId())).isEmpty();
        }
    }
}
