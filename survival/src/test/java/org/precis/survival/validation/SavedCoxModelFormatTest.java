package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/** Format 2 keeps the curve variance; format-1 files still read, giving curves without a band. */
class SavedCoxModelFormatTest {
    private static final Path FORMAT_1 = Path.of(
            "src",
            "test",
            "resources",
            "org",
            "precis",
            "survival",
            "validation",
            "SavedCoxModelFileFuzzTestInputs",
            "savedModelParserRaisesOnlyIllegalArgument",
            "two_terms");

    @TempDir
    Path dir;

    private static SavedCoxModel lung() {
        SurvivalTable table = Reference.clinical("survival_lung.csv");
        DesignSpec spec = CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "ph.ecog")
                .strata("sex")
                .spec();
        CoxDesign design = spec.on(table);
        return SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design),
                new ModelProvenance(
                        "0".repeat(64),
                        table.columnNames(),
                        "test",
                        LocalDate.of(2026, 12, 6).toString()));
    }

    @Test
    void format2RoundTripsTheCurveVarianceBitForBit() throws IOException {
        SavedCoxModel model = lung();
        Path file = dir.resolve("m.json");
        new SavedCoxModelFile().write(model, file);
        assertThat(Files.readString(file)).contains("\"formatVersion\" : 2", "\"varhaz\"", "\"xbar\"");
        SavedCoxModel loaded = new SavedCoxModelFile().read(file);
        assertThat(loaded).isEqualTo(model);
        assertThat(loaded.curveVariance()).isPresent();
        assertThat(loaded.predict(new double[] {60, 1}, "sex=2").band()).isPresent();
    }

    @Test
    void aFormat1FileGivesTheCurveWithoutABandAndIsWrittenBackAsFormat1() throws IOException {
        SavedCoxModel model = new SavedCoxModelFile().read(FORMAT_1);
        assertThat(model.curveVariance()).isEmpty();
        PredictedCurve curve = model.predict(new double[] {70, 1}, "");
        assertThat(curve.band()).isEmpty();
        assertThat(curve.survival().get(0))
                .isEqualTo(
                        Math.pow(
                                Math.exp(-model.baseline()
                                        .get(0)
                                        .cumulativeHazards()
                                        .get(0)),
                                Math.exp(model.linearPredictor(new double[] {70, 1}))),
                        org.assertj.core.data.Offset.offset(1e-15));
        Path again = dir.resolve("again.json");
        new SavedCoxModelFile().write(model, again);
        assertThat(Files.readString(again)).doesNotContain("formatVersion");
        assertThat(new SavedCoxModelFile().read(again)).isEqualTo(model);
    }

    @Test
    void theFormat2FuzzSeedGivesACurveWithABand() throws IOException {
        SavedCoxModel model = new SavedCoxModelFile().read(FORMAT_1.resolveSibling("two_terms_format2"));
        PredictedCurve curve = model.predict(new double[] {70, 1}, "");
        // risk exp(0.01 * 70 + 0.5 - 0.01 * 60) = exp(0.6); at t = 5: d = 0.004 x - xbar
        double risk = Math.exp(0.01 * 70 + 0.5 - 0.01 * 60);
        double d0 = 0.004 * 70 - 0.24;
        double d1 = 0.004 * 1 - 0.002;
        double var = (0.00002 + d0 * d0 * 0.0001 + 2 * d0 * d1 * 0.00002 + d1 * d1 * 0.04) * risk * risk;
        double s = Math.pow(Math.exp(-0.004), risk);
        ConfidenceBand band = curve.band().orElseThrow();
        assertThat(band.standardErrors().get(0))
                .isCloseTo(s * Math.sqrt(var), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(band.lower().get(0))
                .isCloseTo(
                        s * Math.exp(-1.959963984540054 * Math.sqrt(var)), org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFile() {
        byte[] json = "{\"formatVersion\": 3}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SavedCoxModelFile().parse(json, "future.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future.json")
                .hasMessageContaining("format 3");
    }

    @Test
    void aFormat2FileWithoutTheVarianceIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("m.json");
        new SavedCoxModelFile().write(lung(), file);
        String text = Files.readString(file);
        String cut = text.substring(0, text.indexOf(",\n  \"curveVariance\"")) + "\n}";
        assertThatThrownBy(() -> new SavedCoxModelFile().parse(cut.getBytes(StandardCharsets.UTF_8), "cut.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut.json")
                .hasMessageContaining("curveVariance");
    }

    @Test
    void aVarianceThatDoesNotFitTheBaselineIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("m.json");
        new SavedCoxModelFile().write(lung(), file);
        // drop the first varhaz of the first stratum: one step short of its baseline
        String text = Files.readString(file);
        int at = text.indexOf("\"varhaz\" : [ ") + "\"varhaz\" : [ ".length();
        String bad = text.substring(0, at) + text.substring(text.indexOf(", ", at) + 2);
        assertThatThrownBy(() -> new SavedCoxModelFile().parse(bad.getBytes(StandardCharsets.UTF_8), "bad.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json");
    }

    @Test
    void aDivergedFitIsSavedWithoutABand() throws IOException {
        // x orders the deaths perfectly (a monotone likelihood): the coefficient runs off until the
        // risk scores overflow, and the curve variance is not finite (R's Inf/NaN standard errors)
        StringBuilder csv = new StringBuilder("time,status,x\n");
        for (int i = 1; i <= 80; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 4 == 0 ? 0 : 1)
                    .append(',')
                    .append(-i / 10.0)
                    .append('\n');
        }
        SurvivalTable table = SurvivalTable.parseCsv(csv.toString());
        DesignSpec spec =
                CoxDesign.builder().time("time").event("status").covariates("x").spec();
        CoxDesign design = spec.on(table);
        CoxModel fit = CoxModel.fit(design);
        assertThat(fit.result().warnings()).singleElement().asString().contains("did not converge");
        assertThat(fit.baselineVariance()).isEmpty();
        SavedCoxModel model = SavedCoxModel.of(
                spec, design, fit, new ModelProvenance("0".repeat(64), table.columnNames(), "test", "2026-12-06"));
        assertThat(model.curveVariance()).isEmpty();
        Path file = dir.resolve("diverged.json");
        new SavedCoxModelFile().write(model, file);
        SavedCoxModel loaded = new SavedCoxModelFile().read(file);
        assertThat(loaded).isEqualTo(model);
        assertThat(loaded.predict(new double[] {1}, "").band()).isEmpty();
    }
}
