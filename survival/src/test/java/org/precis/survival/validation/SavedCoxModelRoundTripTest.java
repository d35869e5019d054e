package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.io.file.FileSha256;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

class SavedCoxModelRoundTripTest {
    private static final Path DEVELOPMENT =
            Path.of("src", "test", "fixtures", "validation", "rotterdam_node_positive_rfs.csv");

    @TempDir
    Path dir;

    private static SavedCoxModel fitted(DesignSpec spec, SurvivalTable table, Path input, Ties ties)
            throws IOException {
        CoxDesign design = spec.on(table);
        return SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design, ties),
                ModelProvenance.of(input, table.columnNames(), "0.1.0-SNAPSHOT", LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aLoadedModelPredictsExactlyAsTheSavedOne() throws IOException {
        SurvivalTable development = Reference.fixture("rotterdam_node_positive_rfs.csv");
        SurvivalTable validation = Reference.fixture("gbsg_rfs.csv");
        DesignSpec spec = CoxDesign.builder()
                .time("rfstime")
                .event("rfs")
                .covariates("age", "meno", "size", "grade3", "nodes", "pgr", "er", "hormon")
                .reference("size", "<=20")
                .spec();
        SavedCoxModel model = fitted(spec, development, DEVELOPMENT, Ties.EFRON);
        Path file = dir.resolve("model.json");
        SavedCoxModelFile files = new SavedCoxModelFile();
        files.write(model, file);
        SavedCoxModel loaded = files.read(file);

        assertThat(loaded).isEqualTo(model);
        assertThat(loaded.covariates().get(2)).isEqualTo(new SavedCovariate("size", List.of("<=20", "20-50", ">50")));
        assertThat(loaded.covariates().get(2).reference()).isEqualTo("<=20");
        for (int r = 0; r < validation.rowCount(); r++) {
            double lp = model.linearPredictor(model.encode(validation, r));
            assertThat(loaded.linearPredictor(loaded.encode(validation, r))).isEqualTo(lp);
            for (double t : new double[] {0, 365, 1826, 5000}) {
                assertThat(loaded.survival(t, lp, "")).isEqualTo(model.survival(t, lp, ""));
            }
        }
        ExternalValidation settings = new ExternalValidation(1826, 1826, new double[] {0.3, 0.7});
        assertThat(settings.validate(loaded, validation)).isEqualTo(settings.validate(model, validation));
        assertThat(Files.list(dir).toList()).containsExactly(file);
    }

    @Test
    void provenanceRoundTripsAndHashesTheInput() throws IOException {
        SurvivalTable development = Reference.fixture("rotterdam_node_positive_rfs.csv");
        DesignSpec spec = CoxDesign.builder()
                .time("rfstime")
                .event("rfs")
                .covariates("nodes", "size")
                .spec();
        SavedCoxModel model = fitted(spec, development, DEVELOPMENT, Ties.BRESLOW);
        Path file = dir.resolve("breslow.json");
        new SavedCoxModelFile().write(model, file);
        ModelProvenance p = new SavedCoxModelFile().read(file).provenance();
        assertThat(p).isEqualTo(model.provenance());
        assertThat(p.inputSha256()).isEqualTo(FileSha256.of(DEVELOPMENT));
        assertThat(p.common().inputSha256()).containsExactly(java.util.Map.entry("development_data", p.inputSha256()));
        assertThat(p.common().createdAt()).contains("2026-11-29");
        assertThat(p.columnNames()).contains("rfstime", "size", "hormon");
        assertThat(p.createdOn()).isEqualTo("2026-11-29");
        assertThat(new SavedCoxModelFile().read(file).ties()).isEqualTo(Ties.BRESLOW);
    }

    @Test
    void aStratifiedModelKeepsOneBaselinePerStratum() throws IOException {
        Path lung = org.precis.survival.data.TestData.dataFolder().resolve("samples/clinical/survival_lung.csv");
        SurvivalTable table = SurvivalTable.readCsv(lung);
        DesignSpec spec = CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "ph.ecog")
                .strata("sex")
                .spec();
        CoxDesign design = spec.on(table);
        CoxModel fit = CoxModel.fit(design);
        SavedCoxModel model = SavedCoxModel.of(
                spec, design, fit, ModelProvenance.of(lung, table.columnNames(), "test", LocalDate.of(2026, 11, 29)));
        Path file = dir.resolve("strata.json");
        new SavedCoxModelFile().write(model, file);
        SavedCoxModel loaded = new SavedCoxModelFile().read(file);
        assertThat(loaded.baseline()).extracting(BaselineStratum::stratum).containsExactly("sex=1", "sex=2");
        double[] x = {60, 1};
        for (String stratum : List.of("sex=1", "sex=2")) {
            org.precis.survival.cox.SurvivalCurve curve = fit.survivalCurves(x).stream()
                    .filter(c -> c.stratum().equals(stratum))
                    .findFirst()
                    .orElseThrow();
            for (double t : new double[] {100, 365, 700}) {
                assertThat(loaded.survival(t, loaded.linearPredictor(x), stratum))
                        .isEqualTo(curve.survivalAt(t));
            }
        }
        assertThat(loaded.stratumOf(table, 0)).isEqualTo(design.stratumLabel(table, 0));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedNamingIt() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"outcome\": 3}");
        assertThatThrownBy(() -> new SavedCoxModelFile().read(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json");
    }

    @Test
    void anUnknownFactorLevelInTheNewCohortIsNamed() throws IOException {
        SurvivalTable development = Reference.fixture("rotterdam_node_positive_rfs.csv");
        DesignSpec spec = CoxDesign.builder()
                .time("rfstime")
                .event("rfs")
                .covariates("size")
                .spec();
        SavedCoxModel model = fitted(spec, development, DEVELOPMENT, Ties.EFRON);
        SurvivalTable other = SurvivalTable.parseCsv("rfstime,rfs,size\n100,1,huge\n");
        assertThatThrownBy(() -> model.encode(other, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge")
                .hasMessageContaining("<=20");
    }

    @Test
    void theFuzzSeedIsAValidModel() throws IOException {
        Path seed = Path.of(
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
        SavedCoxModel model = new SavedCoxModelFile().read(seed);
        assertThat(model.linearPredictor(new double[] {70, 1})).isEqualTo(0.01 * 10 + 0.5);
        assertThat(model.survival(8, 0, "")).isEqualTo(Math.exp(-0.004));
    }

    @Test
    void aModelWhoseTermsDoNotAddUpIsRefused() {
        byte[] json = ("{\"outcome\":{\"timeColumn\":\"t\",\"eventColumn\":\"e\",\"eventValues\":[]},"
                        + "\"covariates\":[{\"column\":\"age\",\"levels\":[]}],\"termNames\":[\"age\",\"x\"],"
                        + "\"coefficients\":[1],\"means\":[0],\"strataColumns\":[],"
                        + "\"baseline\":[{\"stratum\":\"\",\"times\":[1],\"cumulativeHazards\":[0.1]}],\"ties\":\"EFRON\",\"riskGroupCuts\":[],"
                        + "\"provenance\":{\"inputSha256\":\"" + "a".repeat(64) + "\",\"columnNames\":[],"
                        + "\"softwareVersion\":\"x\",\"createdOn\":\"2026-11-29\"}}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SavedCoxModelFile().parse(json, "m.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.json")
                .hasMessageContaining("1 terms");
    }
}
