package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.GridCoarseningEffect;
import org.precis.demo.cohort.ResultDifference;
import org.precis.demo.cohort.SiteTables;
import org.precis.federation.algorithm.CoxGrid;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.algorithm.TimeGrid;
import org.precis.survival.cox.ConcordanceSums;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

class CoxGridTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    private static StudyParameters breastGridStudy(TimeGrid grid) {
        ObjectNode p =
                (ObjectNode) DemoStudy.BREAST_COX.parameters().parameters().deepCopy();
        p.putObject("grid").put("step", grid.step()).put("points", grid.points());
        return new StudyParameters("breast-cox-grid", CoxGrid.NAME, p);
    }

    /** The pooled table with time and status coarsened as TimeGrid says. */
    private static SurvivalTable coarsened(SurvivalTable pooled, TimeGrid grid) {
        Column time = pooled.column("time");
        Column status = pooled.column("status");
        double[] t = new double[pooled.rowCount()];
        double[] e = new double[pooled.rowCount()];
        for (int r = 0; r < t.length; r++) {
            double raw = time.number(r).getAsDouble();
            t[r] = grid.coarsen(raw);
            e[r] = status.number(r).getAsDouble() != 0 && grid.keepsEvent(raw) ? 1 : 0;
        }
        return pooled.withColumn(Column.numeric("time", t)).withColumn(Column.numeric("status", e));
    }

    @Test
    void breastCoxOnTheMonthlyGridEqualsThePooledFitOfTheCoarsenedRows() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        TimeGrid grid = DemoStudy.breastGrid();
        LocalStudyRun.Outcome run = LocalStudyRun.run(new CoxGrid(), breastGridStudy(grid), sites);
        SurvivalTable pooled = coarsened(SiteTables.pooled(sites), grid);
        CoxDesign design = CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon")
                .reference("size", "<=20")
                .on(pooled);
        CoxModel fit = CoxModel.fit(design);
        ObjectNode expected = JSON.valueToTree(CoxResultJson.describe(fit.result()));
        // the grid fit's concordance counts pairs within a site: the pooled fit's predictor, pairs by site
        double[][] x = design.covariateMatrix();
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            lp[i] = fit.linearPredictor(x[i]);
        }
        int[] site = new int[x.length];
        List<String> names = new ArrayList<>(sites.keySet());
        for (int i = 0; i < x.length; i++) {
            site[i] =
                    names.indexOf(pooled.column(SiteTables.SITE_COLUMN).text(i).get());
        }
        var within = ConcordanceSums.rightCensored(lp, design.stop(), design.event(), site)
                .concordance();
        expected.set("concordance", JSON.valueToTree(Map.of("c", within.concordance(), "se", within.standardError())));
        ResultDifference d = ResultDifference.of(expected, run.result(), List.of("sites"));
        System.out.println("breast-cox-grid max relative difference " + d.max() + " at " + d.where() + " in "
                + run.rounds() + " rounds");
        assertThat(d.max()).as(d.where()).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void reportsHowFarTheMonthlyGridFitLiesFromTheExactTimes() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        GridCoarseningEffect monthly = GridCoarseningEffect.of(breastGridStudy(DemoStudy.breastGrid()), sites);
        GridCoarseningEffect yearly = GridCoarseningEffect.of(breastGridStudy(new TimeGrid(365.25, 20)), sites);
        System.out.println("monthly grid: max |coef diff| " + monthly.maxCoefficientDifference() + " = "
                + monthly.maxCoefficientDifferenceInSe() + " SE; max SE relative diff "
                + monthly.maxRelativeSeDifference());
        System.out.println("yearly grid: max |coef diff| " + yearly.maxCoefficientDifference() + " = "
                + yearly.maxCoefficientDifferenceInSe() + " SE; max SE relative diff "
                + yearly.maxRelativeSeDifference());
        assertThat(monthly.terms()).hasSize(9);
        // a month is short beside these cohorts' follow-up: the fit moves by a small fraction of an SE,
        // and less than a year's grid moves it
        assertThat(monthly.maxCoefficientDifferenceInSe()).isLessThan(0.1);
        assertThat(monthly.maxCoefficientDifference()).isLessThan(yearly.maxCoefficientDifference());
        assertThat(monthly.maxCoefficientDifference()).isGreaterThan(0);
    }

    @Test
    void vectorLengthDependsOnTheGridAndCovariatesOnly() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        LocalStudyRun.Outcome run = LocalStudyRun.run(new CoxGrid(), breastGridStudy(DemoStudy.breastGrid()), sites);
        int p = 9;
        int newton = DemoStudy.BREAST_GRID_MONTHS * (3 + 2 * p + 2 * p * p) + 1 + p;
        assertThat(run.vectorLengths()).containsOnly(3 + 2 * p, p, newton, 6);
        JsonNode result = run.result();
        assertThat(result.get("n").asInt())
                .isEqualTo(sites.values().stream()
                        .mapToInt(SurvivalTable::rowCount)
                        .sum());
    }
}
