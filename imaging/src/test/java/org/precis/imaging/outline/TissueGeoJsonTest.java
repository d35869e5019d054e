package org.precis.imaging.outline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.imaging.SampleData;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TissueGeoJsonTest {

    @TempDir
    Path folder;

    @Test
    void theWrittenFileFillsBackToTheMaskAndHasQuPathsShape() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm"))) {
            TissueMask mask = new TissueDetector(TissueDetection.defaults()).detect(slide);
            Path file = folder.resolve("tissue.geojson");
            TissueGeoJson geoJson = new TissueGeoJson();
            geoJson.write(file, mask.outlines());
            try (var files = Files.list(folder)) {
                assertThat(files).containsExactly(file);
            }

            List<Polygon> read = geoJson.read(file);
            assertThat(read).hasSize(mask.outlines().size()).hasSizeGreaterThan(10);
            assertThat(read.stream().mapToInt(p -> p.holes().size()).sum()).isPositive();
            List<Polygon> inMaskPixels =
                    read.stream().map(p -> p.scaled(1 / mask.downsample())).toList();
            assertThat(new PolygonRaster(mask.width(), mask.height()).fill(inMaskPixels))
                    .isEqualTo(mask.raster());
            double areaLevel0 = read.stream().mapToDouble(Polygon::area).sum();
            double slideMpp = slide.pixelSize().orElseThrow().mpp();
            assertThat(areaLevel0 * slideMpp * slideMpp / 1e6)
                    .isCloseTo(
                            mask.tissueAreaMm2(), org.assertj.core.api.Assertions.within(1e-9 * mask.tissueAreaMm2()));

            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
            for (JsonNode feature : root.get("features")) {
                assertThat(feature.get("type").asText()).isEqualTo("Feature");
                assertThat(feature.at("/geometry/type").asText()).isEqualTo("Polygon");
                assertThat(feature.at("/properties/objectType").asText()).isEqualTo("annotation");
                assertThat(feature.at("/properties/classification/name").asText())
                        .isEqualTo("Tissue");
                assertThat(feature.at("/properties/classification/color")).hasSize(3);
                for (JsonNode ring : feature.at("/geometry/coordinates")) {
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    assertThat(ring.size()).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }
}
