package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.ResultDifference;
import org.precis.demo.cohort.SiteTables;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.KaplanMeierOnGrid;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.LogRankOnGrid;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.algorithm.TimeGrid;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.LogRank;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalCurveJson;
import org.precis.testing.SampleData;

class GridSurvivalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    /** The pooled rows, one subject each, with times coarsened as TimeGrid says; labels of hormon. */
    private record Coarsened(RightCensoredSample sample, String[] groups) {}

    private static Coarsened coarsenedPool(SurvivalTable pooled, TimeGrid grid) {
        Column time = pooled.column("time");
        Column status = pooled.column("status");
        Column hormon = pooled.column("hormon");
        int n = pooled.rowCount();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        String[] g = new String[n];
        for (int r = 0; r < n; r++) {
            double raw = time.number(r).getAsDouble();
            t[r] = grid.coarsen(raw);
            e[r] = status.number(r).getAsDouble() != 0 && grid.keepsEvent(raw);
            g[r] = hormon.text(r).get();
        }
        return new Coarsened(RightCensoredSample.of(t, e), g);
    }

    @Test
    void breastKmOnTheMonthlyGridEqualsKaplanMeierOfThePooledCoarsenedRows() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        LocalStudyRun.Outcome run = LocalStudyRun.run(new KaplanMeierOnGrid(), DemoStudy.BREAST_KM.parameters(), sites);
        SurvivalTable pooled = SiteTables.pooled(sites);
        Coarsened c = coarsenedPool(pooled, DemoStudy.breastGrid());
        List<Map<String, Object>> groups = new ArrayList<>();
        new KaplanMeier()
                .estimateByGroup(c.sample(), c.groups())
                .forEach((label, curve) -> groups.add(SurvivalCurveJson.describe(label, curve)));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", pooled.rowCount());
        expected.put("dropped", 0);
        expected.put("conf_type", "log");
        expected.put("groups", groups);
        ResultDifference d = ResultDifference.of(JSON.valueToTree(expected), run.result(), List.of("grid", "sites"));
        System.out.println("breast-km max relative difference " + d.max() + " at " + d.where());
        assertThat(d.max()).as(d.where()).isLessThanOrEqualTo(1e-12);
        assertThat(run.rounds()).isEqualTo(1);
        assertThat(run.result().get("groups")).hasSize(2);
        assertThat(run.result().get("groups").get(0).get("time").size()).isGreaterThan(100);
    }

    @Test
    void breastLogRankOnTheMonthlyGridEqualsTheTestOfThePooledCoarsenedRows() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        LocalStudyRun.Outcome run =
                LocalStudyRun.run(new LogRankOnGrid(), DemoStudy.BREAST_LOGRANK.parameters(), sites);
        Coarsened c = coarsenedPool(SiteTables.pooled(sites), DemoStudy.breastGrid());
        JsonNode expected =
                JSON.valueToTree(SurvivalCurveJson.describe(LogRank.logRank().test(c.sample(), c.groups())));
        ResultDifference d = ResultDifference.of(expected, run.result(), List.of("grid", "sites"));
        System.out.println("breast-logrank max relative difference " + d.max() + " at " + d.where() + "; chisq "
                + run.result().get("chisq"));
        assertThat(d.max()).as(d.where()).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void coarseningRoundsUpToTheNextGridPointAndCensorsBeyondTheHorizon() {
        TimeGrid grid = new TimeGrid(10, 3);
        assertThat(grid.coarsen(0)).isEqualTo(0);
        assertThat(grid.coarsen(0.5)).isEqualTo(10);
        assertThat(grid.coarsen(10)).isEqualTo(10);
        assertThat(grid.coarsen(10.01)).isEqualTo(20);
        assertThat(grid.coarsen(30)).isEqualTo(30);
        assertThat(grid.keepsEvent(30)).isTrue();
        assertThat(grid.coarsen(31)).isEqualTo(30);
        assertThat(grid.keepsEvent(31)).isFalse();
        assertThat(TimeGrid.MONTH_DAYS).isEqualTo(30.4375);
    }

    @Test
    void vectorLengthDependsOnTheGridAndGroupsOnly() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        RoundRequest request = new KaplanMeierOnGrid().start(DemoStudy.BREAST_KM.parameters());
        for (SurvivalTable site : sites.values()) {
            double[] all = new KaplanMeierOnGrid()
                    .compute(request, site, DisclosureRules.defaults())
                    .values();
            double[] part = new KaplanMeierOnGrid()
                    .compute(
                            request,
                            site.select(java.util.stream.IntStream.range(0, 100).toArray()),
                            new DisclosureRules(1))
                    .values();
            assertThat(all)
                    .hasSize(2 * (DemoStudy.BREAST_GRID_MONTHS + 1) * 2 + 1)
                    .hasSameSizeAs(part);
        }
    }

    @Test
    void refusesUnknownColumnsUnknownLevelsAndSmallGroups() throws IOException {
        SurvivalTable gbsg = cohorts.breastSites().get("gbsg");
        KaplanMeierOnGrid km = new KaplanMeierOnGrid();
        ObjectNode p =
                (ObjectNode) DemoStudy.BREAST_KM.parameters().parameters().deepCopy();
        p.put("group", "therapy");
        RoundRequest unknown = km.start(new StudyParameters("s", "km", p));
        assertThatThrownBy(() -> km.compute(unknown, gbsg, DisclosureRules.defaults()))
                .hasMessageContaining("site table has no column 'therapy'");
        ObjectNode levels =
                (ObjectNode) DemoStudy.BREAST_KM.parameters().parameters().deepCopy();
        levels.putArray("group_levels").add("0");
        RoundRequest oneLevel = km.start(new StudyParameters("s", "km", levels));
        assertThatThrownBy(() -> km.compute(oneLevel, gbsg, DisclosureRules.defaults()))
                .hasMessageContaining("holds '1', not one of the study's group_levels [0]");
        ObjectNode grid =
                (ObjectNode) DemoStudy.BREAST_KM.parameters().parameters().deepCopy();
        grid.putObject("grid").put("step", -1).put("points", 10);
        assertThatThrownBy(() -> km.start(new StudyParameters("s", "km", grid)))
                .hasMessageContaining("grid step must be a finite number > 0");
        RoundRequest request = km.start(DemoStudy.BREAST_KM.parameters());
        assertThatThrownBy(() -> km.compute(request, gbsg.select(new int[] {0, 1, 2}), DisclosureRules.defaults()))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("minimum cell count (10)");
        assertThatThrownBy(() -> new LogRankOnGrid()
                        .start(new StudyParameters(
                                "s",
                                "logrank",
                                JSON.createObjectNode().put("time", "time").put("event", "status"))))
                .hasMessageContaining("'group' (a column name) is required");
    }
}
