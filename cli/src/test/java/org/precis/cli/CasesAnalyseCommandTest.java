package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.cases.AnalysisRecord;
import org.precis.testing.SampleData;

/** {@code cases analyse} with the models a workstation runs: the lung heatmap and a saved Cox model. */
class CasesAnalyseCommandTest {

    private static final Path MODEL = Path.of("..", "learn", "models", "lc25000-lung-mobilenet_v2.json");
    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private final String data = SampleData.root().toString();

    @TempDir
    Path folder;

    @Test
    void theHeatmapAnalysisPredictsTheTilesSlideHeatmapPredicts() throws Exception {
        String store = folder.resolve("precis-data").toString();
        CommandRun add = CommandRun.of(
                "cases",
                "add",
                "--id",
                "C-LUNG",
                "--patient",
                "P-1",
                "--specimen",
                "Lung, resection",
                "--slide",
                SLIDE,
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(add.exitCode()).as(add.err()).isZero();
        CommandRun analyse = CommandRun.of(
                "cases",
                "analyse",
                "C-LUNG",
                "heatmap",
                "--slide",
                SLIDE,
                "--model",
                MODEL.toString(),
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(analyse.exitCode()).as(analyse.err()).isZero();
        assertThat(analyse.out()).contains("C-LUNG: heatmap analysis").contains("Tissue tiles predicted 47;");

        CommandRun heatmap = CommandRun.of(
                "slide",
                "heatmap",
                SampleData.path("samples/wsi/" + SLIDE).toString(),
                "--model",
                MODEL.toString(),
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "-o",
                folder.resolve("heatmap").toString());
        assertThat(heatmap.exitCode()).as(heatmap.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode files = json.readTree(folder.resolve("heatmap/CMU-1-Small-Region.heatmap.geojson")
                        .toFile())
                .get("features");

        JsonNode stored;
        try (Store opened = Store.open(StoreLocation.embedded(Path.of(store)), Clock.systemUTC(), new SecureRandom())) {
            AnalysisRecord analysis = opened.cases().analyses("C-LUNG").get(0);
            stored = json.readTree(opened.cases()
                            .overlay(analysis.id(), "heatmap-tiles")
                            .orElseThrow()
                            .content())
                    .get("features");
        }
        assertThat(stored.size()).isEqualTo(files.size()).isEqualTo(47);
        for (int i = 0; i < files.size(); i++) {
            assertThat(stored.get(i).get("geometry")).isEqualTo(files.get(i).get("geometry"));
            assertThat(stored.get(i).at("/properties/classification"))
                    .isEqualTo(files.get(i).at("/properties/classification"));
            assertThat(stored.get(i).at("/properties/measurements"))
                    .isEqualTo(files.get(i).at("/properties/measurements"));
        }
    }

    @Test
    void aHeatmapWithoutItsModelFailsInOneLine() {
        String store = folder.resolve("precis-data").toString();
        CommandRun add = CommandRun.of(
                "cases",
                "add",
                "--id",
                "C-LUNG",
                "--patient",
                "P-1",
                "--specimen",
                "Lung, resection",
                "--slide",
                SLIDE,
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(add.exitCode()).as(add.err()).isZero();
        CommandRun analyse = CommandRun.of(
                "cases", "analyse", "C-LUNG", "heatmap", "--slide", SLIDE, "--data", data, "--data-dir", store);
        assertThat(analyse.exitCode()).as("a usage error").isEqualTo(2);
        assertThat(analyse.err().strip()).isEqualTo("precis: the heatmap analysis needs a model file");
    }

    @Test
    void theRiskAnalysisRunsTheCoxModelSurvivalCoxSaved() throws Exception {
        Path model = folder.resolve("rotterdam-cox.json");
        CommandRun fit = CommandRun.of(
                "survival",
                "cox",
                "--data",
                SampleData.path("samples/clinical/survival_rotterdam.csv").toString(),
                "--time",
                "dtime",
                "--event",
                "death",
                "--covariates",
                "age,size,nodes,grade",
                "--ref",
                "size=<=20",
                "--save-model",
                model.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        String store = folder.resolve("precis-data").toString();
        CommandRun add = CommandRun.of(
                "cases",
                "add",
                "--id",
                "C-BREAST",
                "--patient",
                "P-2",
                "--specimen",
                "Left breast, excision",
                "--clinical",
                "age=61,size=20-50,nodes=3,grade=3",
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(add.exitCode()).as(add.err()).isZero();
        CommandRun analyse = CommandRun.of(
                "cases",
                "analyse",
                "C-BREAST",
                "risk",
                "--model",
                model.toString(),
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(analyse.exitCode()).as(analyse.err()).isZero();
        assertThat(analyse.out())
                .contains("C-BREAST: risk analysis")
                .contains("Risk group ")
                .contains("Predicted 5-year survival 0.")
                .contains("Predicted 10-year survival 0.");

        CommandRun missing = CommandRun.of(
                "cases",
                "add",
                "--id",
                "C-BREAST-2",
                "--patient",
                "P-3",
                "--specimen",
                "Left breast, excision",
                "--clinical",
                "age=61,size=20-50,grade=3",
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(missing.exitCode()).as(missing.err()).isZero();
        CommandRun refused = CommandRun.of(
                "cases",
                "analyse",
                "C-BREAST-2",
                "risk",
                "--model",
                model.toString(),
                "--data",
                data,
                "--data-dir",
                store);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip())
                .isEqualTo("precis: case C-BREAST-2 has no clinical value 'nodes', which the Cox model"
                        + " rotterdam-cox.json needs");
    }
}
