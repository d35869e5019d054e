package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResult;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;

/**
 * The {@code precis survival} commands on R's NCCTG lung data: the JSON shapes the issue names,
 * the same numbers as the engine (whose agreement with R the survival module's tests check),
 * and one-line errors.
 */
class SurvivalCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static Path lung() {
        return SlideCommandsTest.sample("x").getParent().getParent().resolve("clinical/survival_lung.csv");
    }

    @Test
    void coxJsonHasTheDocumentedShapeAndTheEnginesNumbers() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "cox",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--covariates",
                "age,sex,ph.ecog",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode cox = JSON.readTree(run.out());
        CoxResult expected = CoxModel.fit(CoxDesign.builder()
                        .time("time")
                        .event("status", 2)
                        .covariates("age", "sex", "ph.ecog")
                        .on(SurvivalTable.readCsv(lung())))
                .result();
        assertThat(cox.get("n").asInt()).isEqualTo(227);
        assertThat(cox.get("events").asInt()).isEqualTo(164);
        assertThat(cox.get("dropped").asInt()).isEqualTo(1);
        assertThat(cox.get("loglik").get("final").asDouble()).isEqualTo(expected.loglik());
        assertThat(cox.get("terms")).hasSize(3);
        JsonNode sex = cox.get("terms").get(1);
        assertThat(sex.get("name").asText()).isEqualTo("sex");
        assertThat(sex.get("coef").asDouble()).isEqualTo(expected.term("sex").coef());
        assertThat(sex.get("robust_se").isNull()).isTrue();
        for (String field : new String[] {"se", "hr", "hr_lower", "hr_upper", "z", "p"}) {
            assertThat(sex.has(field)).as(field).isTrue();
        }
        assertThat(cox.get("concordance").get("c").asDouble())
                .isEqualTo(expected.concordance().concordance());
        assertThat(cox.get("tests").get("lr").asDouble())
                .isEqualTo(expected.likelihoodRatio().statistic());
    }

    @Test
    void coxNamesIndicatorTermsColumnEqualsLevel() throws Exception {
        Path veteran = lung().resolveSibling("survival_veteran.csv");
        CommandRun run = CommandRun.of(
                "survival",
                "cox",
                "--data",
                veteran.toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--covariates",
                "celltype,karno",
                "--ref",
                "celltype=squamous",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("terms"))
                .extracting(t -> t.get("name").asText())
                .containsExactly("celltype=adeno", "celltype=large", "celltype=smallcell", "karno");
    }

    @Test
    void kmJsonHasTheDocumentedShapeAndAPlotIsDrawn() throws Exception {
        Path png = folder.resolve("km.png");
        CommandRun run = CommandRun.of(
                "survival",
                "km",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--group",
                "sex",
                "--json",
                "--plot",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode km = JSON.readTree(run.out());
        assertThat(km.get("groups")).hasSize(2);
        JsonNode men = km.get("groups").get(0);
        assertThat(men.get("group").asText()).isEqualTo("1");
        for (String field :
                new String[] {"time", "n_risk", "n_event", "n_censor", "surv", "std_err", "lower", "upper"}) {
            assertThat(men.get(field).size())
                    .as(field)
                    .isEqualTo(men.get("time").size());
        }
        // print(survfit(Surv(time, status == 2) ~ sex, data = lung)): median 270 (212, 310)
        assertThat(men.get("median").asDouble()).isEqualTo(270);
        assertThat(men.get("median_lower").asDouble()).isEqualTo(212);
        assertThat(men.get("median_upper").asDouble()).isEqualTo(310);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
    }

    @Test
    void anUnknownTimeUnitIsAUsageErrorInOneLine() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "km",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--plot",
                folder.resolve("km.png").toString(),
                "--time-unit",
                "weeks");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("unknown --time-unit 'weeks'; expected one of days, months, years");
        assertThat(folder.resolve("km.png")).doesNotExist();
    }

    @Test
    void kmReportsTheCurvesAtChosenTimes() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "km",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--group",
                "sex",
                "--times",
                "180,365",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode at = JSON.readTree(run.out()).get("groups").get(0).get("at");
        // summary(survfit(Surv(time, status == 2) ~ sex, data = lung), times = c(180, 365)), sex = 1
        assertThat(at.get(0).get("number_at_risk").asDouble()).isEqualTo(89);
        assertThat(at.get(1).get("number_at_risk").asDouble()).isEqualTo(35);
        assertThat(at.get(1).get("number_of_events").asDouble()).isEqualTo(36);
        assertThat(at.get(0).get("survival").asDouble()).isCloseTo(0.644, within(0.0005));
    }

    @Test
    void logrankJsonHasTheDocumentedShape() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "logrank",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--group",
                "sex",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode test = JSON.readTree(run.out());
        assertThat(test.get("df").asInt()).isEqualTo(1);
        // survdiff(Surv(time, status == 2) ~ sex, data = lung): Chisq = 10.3
        assertThat(test.get("chisq").asDouble()).isCloseTo(10.3, within(0.05));
        assertThat(test.get("p").asDouble()).isBetween(0.001, 0.002);
    }

    @Test
    void aSavedModelValidatesOnAnotherCohortAsRoystonAndAltman() throws Exception {
        Path model = folder.resolve("model.json");
        Path plot = folder.resolve("calibration.png");
        // The demo's tables ship inside the demo module's jar: copy them out as a user would have them.
        Path demo = Files.createDirectories(folder.resolve("tables"));
        for (String table : List.of("rotterdam_node_positive_rfs.csv", "gbsg_rfs.csv")) {
            try (InputStream in = SurvivalCommandsTest.class.getResourceAsStream("/org/precis/demo/tables/" + table)) {
                assertThat(in).as(table).isNotNull();
                Files.copy(in, demo.resolve(table));
            }
        }
        CommandRun fit = CommandRun.of(
                "survival",
                "cox",
                "--data",
                demo.resolve("rotterdam_node_positive_rfs.csv").toString(),
                "--time",
                "rfstime",
                "--event",
                "rfs",
                "--covariates",
                "age,meno,size,grade3,nodes,pgr,er,hormon",
                "--ref",
                "size=<=20",
                "--save-model",
                model.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        CommandRun run = CommandRun.of(
                "survival",
                "validate",
                "--model",
                model.toString(),
                "--data",
                demo.resolve("gbsg_rfs.csv").toString(),
                "--at",
                "1826",
                "--json",
                "--plot",
                plot.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        // R values, survival/src/test/fixtures/validation/make_reference.R (checked there to 1e-6)
        assertThat(report.get("c").get("c").asDouble()).isCloseTo(0.659947, within(1e-6));
        assertThat(report.get("calibration_slope").get("slope").asDouble()).isCloseTo(0.920728, within(1e-6));
        assertThat(report.get("risk_groups")).hasSize(3);
        // calibration at 1826 days (720 px, wider where its table needs it: 781 here) beside the
        // observed and predicted curves (900 px)
        assertThat(ImageIO.read(plot.toFile()).getWidth()).isEqualTo(781 + 900);
        JsonNode low = report.get("calibration_at_time").get(0);
        assertThat(low.get("at").asDouble()).isEqualTo(1826);
        // make_reference.R: 1 - summary(survfit(y[group == 1] ~ 1), times = 1826)$surv, n.risk 91
        assertThat(low.get("observed_risk").asDouble()).isCloseTo(0.386458, within(1e-6));
        assertThat(low.get("n_risk").asDouble()).isEqualTo(91);
    }

    @Test
    void concordanceOfAScoreColumn() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "concordance",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--score",
                "ph.ecog",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode c = JSON.readTree(run.out());
        assertThat(c.get("method").asText()).isEqualTo("harrell");
        assertThat(c.get("c").asDouble()).isBetween(0.5, 1.0);
        CommandRun uno = CommandRun.of(
                "survival",
                "concordance",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--score",
                "ph.ecog",
                "--uno");
        assertThat(uno.exitCode()).isEqualTo(2);
        assertThat(uno.err()).contains("--tau");
    }

    @Test
    void coxWithZphReportsEachTermAndTheGlobalTest() throws Exception {
        CommandRun run = CommandRun.of(
                "survival",
                "cox",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--covariates",
                "age,sex,ph.ecog",
                "--zph",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode zph = JSON.readTree(run.out()).get("zph");
        assertThat(zph.get("transform").asText()).isEqualTo("km");
        assertThat(zph.get("terms")).hasSize(3);
        // print(cox.zph(coxph(Surv(time, status == 2) ~ age + sex + ph.ecog, data = lung))): GLOBAL 4.464 on 3 df
        assertThat(zph.get("global").get("chisq").asDouble()).isCloseTo(4.464, within(0.0005));
        assertThat(zph.get("global").get("df").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownColumnIsOneLineAndAUsageError() {
        CommandRun run = CommandRun.of(
                "survival",
                "cox",
                "--data",
                lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--covariates",
                "age,height");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("height");
    }

    @Test
    void aMissingDataFileIsAnInputFailure() {
        CommandRun run = CommandRun.of(
                "survival", "km", "--data", folder.resolve("none.csv").toString(), "--time", "t", "--event", "e");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("precis: " + folder.resolve("none.csv") + ": no such file");
    }
}
