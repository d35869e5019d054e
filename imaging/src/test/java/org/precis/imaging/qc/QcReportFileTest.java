package org.precis.imaging.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.imaging.SampleData;
import org.precis.imaging.provenance.PixelSizeSource;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.io.provenance.Provenance;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class QcReportFileTest {

    @TempDir
    Path folder;

    @Test
    void theProvenanceRoundTripsThroughTheReportFile() throws Exception {
        Path slideFile = SampleData.sample("wsi/OS-2-ndpi.ome.tif");
        SlideQuality quality;
        double mpp;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(slideFile)) {
            mpp = slide.pixelSize().orElseThrow().mpp();
            quality = new QualityControl(QcSettings.defaults()).assess(slide, mpp);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("note", "round trip");
        parameters.put("mask_mpp", 8.0);
        SlideProvenance provenance = new SlideProvenance(
                slideFile.getFileName().toString(),
                FileSha256.of(slideFile),
                mpp,
                PixelSizeSource.SLIDE,
                "precis test",
                parameters);
        Path file = folder.resolve("os2.qc.json");
        QcReportFile reports = new QcReportFile();
        reports.write(file, quality.report(), provenance);
        assertThat(reports.readProvenance(file)).isEqualTo(provenance);
        assertThat(provenance.slideSha256())
                .isEqualTo("f6c9b7728ffa84e7474771c9d36520aaadb1802564176f83c38272aafeada0ef");
        Provenance common = provenance.common();
        assertThat(common.inputSha256()).containsExactly(Map.entry("slide", provenance.slideSha256()));
        assertThat(common.software()).isEqualTo("precis test");
        assertThat(common.parameters())
                .containsEntry("slide_mpp", mpp)
                .containsEntry("slide_mpp_source", "slide")
                .containsEntry("note", "round trip");

        // settings records come back as the same JSON tree
        SlideProvenance withSettings = new SlideProvenance(
                provenance.slideFile(),
                provenance.slideSha256(),
                mpp,
                PixelSizeSource.SLIDE,
                "precis test",
                Map.of("qc", QcSettings.defaults()));
        reports.write(file, quality.report(), withSettings);
        ObjectMapper mapper = JsonMappers.snakeCase();
        JsonNode back = mapper.valueToTree(reports.readProvenance(file));
        JsonNode written = mapper.valueToTree(withSettings);
        assertThat(back).isEqualTo(written);
        JsonNode report = new ObjectMapper().readTree(file.toFile()).get("report");
        assertThat(report.get("tissue_area_mm2").asDouble())
                .isEqualTo(quality.report().tissueAreaMm2());
        assertThat(report.get("focus_tiles_checked").asInt())
                .isEqualTo(quality.report().focusTilesChecked());
    }

    @Test
    void aFileWithoutProvenanceIsRejectedNamingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("other.json"), "{\"report\": {}}");
        assertThatThrownBy(() -> new QcReportFile().readProvenance(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no provenance");
    }
}
