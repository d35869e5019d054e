package org.precis.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseStoreFixture;
import org.precis.io.file.FileSha256;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.NewOverlay;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ConfidenceBand;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.PredictedCurve;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.SavedCoxModelFile;
import org.precis.testing.SampleData;

/**
 * A case's survival risk through a Cox model fitted here on the Rotterdam cohort (death, in days)
 * and saved as {@code survival cox --save-model} saves it, through the case work into an H2 store.
 */
class RiskCaseAnalysisTest {

    private static final Path ROTTERDAM = SampleData.path("samples/clinical/survival_rotterdam.csv");

    @TempDir
    Path folder;

    private Path savedModel() throws Exception {
        SurvivalTable table = SurvivalTable.readCsv(ROTTERDAM);
        DesignSpec spec = CoxDesign.builder()
                .time("dtime")
                .event("death")
                .covariates("age", "size", "nodes", "grade")
                .reference("size", "<=20")
                .spec();
        CoxDesign design = spec.on(table);
        SavedCoxModel model = SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design, Ties.EFRON),
                ModelProvenance.of(ROTTERDAM, table.columnNames(), "test", LocalDate.of(2026, 12, 6)));
        Path file = folder.resolve("rotterdam-cox.json");
        new SavedCoxModelFile().write(model, file);
        return file;
    }

    @Test
    void predictsTheSurvivalTheSurvivalModulePredictsForTheCasesCovariates() throws Exception {
        Path file = savedModel();
        SavedCoxModel model = new SavedCoxModelFile().read(file);
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            ObjectNode clinical = fixture.json()
                    .createObjectNode()
                    .put("age", 61.0)
                    .put("size", "20-50")
                    .put("nodes", 3.0)
                    .put("grade", 3.0);
            CaseRecord record =
                    fixture.store().cases().create(new NewCase("PSEUDO-BREAST-1", "Left breast, excision", clinical));
            AnalysisRecord analysis = fixture.work()
                    .analyse(record.caseId(), AnalysisKind.RISK, Optional.empty(), Optional.empty(), Optional.of(file));

            // The survival module's own prediction for the same covariates, from a table row.
            SurvivalTable row = SurvivalTable.of(List.of(
                    Column.numeric("age", new double[] {61}),
                    Column.text("size", new String[] {"20-50"}),
                    Column.numeric("nodes", new double[] {3}),
                    Column.numeric("grade", new double[] {3})));
            double[] x = model.encode(row, 0);
            double lp = model.linearPredictor(x);
            PredictedCurve curve = model.predict(x, "");
            ConfidenceBand band = curve.band().orElseThrow();

            JsonNode result = analysis.result();
            assertThat(result.at("/linear_predictor/value").asDouble()).isEqualTo(lp);
            assertThat(result.at("/relative_risk/value").asDouble()).isEqualTo(Math.exp(lp));
            int group = 1
                    + (int) model.riskGroupCuts().stream()
                            .filter(cut -> lp > cut)
                            .count();
            assertThat(result.at("/risk_group/value").asText())
                    .isEqualTo(List.of("low", "intermediate", "high").get(group - 1));
            for (int years : new int[] {5, 10}) {
                int at = lastAtOrBefore(curve.times(), years * 365.25);
                JsonNode survival = result.get("survival_" + years + "y");
                assertThat(survival.get("value").asDouble())
                        .isEqualTo(curve.survival().get(at));
                assertThat(survival.at("/interval/0").asDouble())
                        .isEqualTo(band.lower().get(at));
                assertThat(survival.at("/interval/1").asDouble())
                        .isEqualTo(band.upper().get(at));
                assertThat(survival.get("interval_level").asDouble()).isEqualTo(0.95);
            }
            assertThat(result.at("/survival_10y/value").asDouble())
                    .isLessThan(result.at("/survival_5y/value").asDouble());

            JsonNode provenance = analysis.provenance();
            assertThat(provenance.get("model_sha256").asText()).isEqualTo(FileSha256.of(file));
            assertThat(provenance.get("development_data_sha256").asText()).isEqualTo(FileSha256.of(ROTTERDAM));
            assertThat(provenance.get("time_unit").asText()).startsWith("days");
            assertThat(provenance.get("model_format").asInt()).isEqualTo(2);

            assertThat(fixture.store().cases().overlays(analysis.id()))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.view()).isEqualTo("chart");
                        assertThat(o.mediaType()).isEqualTo("image/png");
                    });
            NewOverlay chart = fixture.store()
                    .cases()
                    .overlay(analysis.id(), "survival-curve")
                    .orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.content()));
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isGreaterThan(560);
            // the curve is the report's key image, as the analysis drew it
            var report = fixture.reports().build(record.caseId(), java.util.OptionalInt.empty());
            assertThat(report.keyImages())
                    .anySatisfy(key -> assertThat(key.png()).isEqualTo(chart.content()));
            // its card names the model file the analysis ran, by that file's SHA-256
            String fileSha256 = FileSha256.of(file);
            assertThat(report.model("cox-risk")).hasValueSatisfying(card -> {
                assertThat(card.sha256()).isEqualTo(fileSha256);
                assertThat(card.validatedForDiagnosis()).isFalse();
            });
        }
    }

    @Test
    void aCaseWithoutACovariateTheModelNeedsIsRefusedNamingIt() throws Exception {
        Path file = savedModel();
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            ObjectNode clinical = fixture.json()
                    .createObjectNode()
                    .put("age", 61.0)
                    .put("size", "20-50")
                    .put("grade", 3.0);
            CaseRecord record =
                    fixture.store().cases().create(new NewCase("PSEUDO-BREAST-2", "Left breast, excision", clinical));
            assertThatThrownBy(() -> fixture.work()
                            .analyse(
                                    record.caseId(),
                                    AnalysisKind.RISK,
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(file)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("case " + record.caseId()
                            + " has no clinical value 'nodes', which the Cox model rotterdam-cox.json needs");
            assertThat(fixture.store().cases().analyses(record.caseId())).isEmpty();
        }
    }

    @Test
    void aFactorLevelTheModelDoesNotKnowIsRefusedNamingTheCovariate() throws Exception {
        Path file = savedModel();
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            ObjectNode clinical = fixture.json()
                    .createObjectNode()
                    .put("age", 61.0)
                    .put("size", "huge")
                    .put("nodes", 3.0)
                    .put("grade", 3.0);
            CaseRecord record =
                    fixture.store().cases().create(new NewCase("PSEUDO-BREAST-3", "Left breast, excision", clinical));
            assertThatThrownBy(() -> fixture.work()
                            .analyse(
                                    record.caseId(),
                                    AnalysisKind.RISK,
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(file)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'size'")
                    .hasMessageContaining("huge");
        }
    }

    private static int lastAtOrBefore(List<Double> times, double t) {
        int at = -1;
        for (int i = 0; i < times.size() && times.get(i) <= t; i++) {
            at = i;
        }
        return at;
    }
}
