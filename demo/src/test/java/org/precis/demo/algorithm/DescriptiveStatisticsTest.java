package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.SiteTables;
import org.precis.federation.algorithm.DescriptiveStatistics;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

class DescriptiveStatisticsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    private static StudyParameters study() {
        ObjectNode p = JSON.createObjectNode();
        p.putArray("numeric").add("age").add("nodes").add("pgr");
        ObjectNode categorical = p.putObject("categorical");
        categorical.putArray("size").add("<=20").add("20-50").add(">50");
        categorical.putArray("hormon").add("0").add("1");
        return new StudyParameters("breast-describe", DescriptiveStatistics.NAME, p);
    }

    @Test
    void breastCountsMeansAndSdsEqualThoseOfThePooledRows() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        JsonNode result =
                LocalStudyRun.run(new DescriptiveStatistics(), study(), sites).result();
        SurvivalTable pooled = SiteTables.pooled(sites);
        assertThat(result.get("n").asInt()).isEqualTo(pooled.rowCount());
        double maxRelative = 0;
        for (JsonNode row : result.get("numeric")) {
            Column c = pooled.column(row.get("column").asText());
            double sum = 0;
            int n = 0;
            for (int r = 0; r < pooled.rowCount(); r++) {
                if (!c.isMissing(r)) {
                    sum += c.number(r).getAsDouble();
                    n++;
                }
            }
            double mean = sum / n;
            double ss = 0;
            for (int r = 0; r < pooled.rowCount(); r++) {
                if (!c.isMissing(r)) {
                    ss += Math.pow(c.number(r).getAsDouble() - mean, 2);
                }
            }
            double sd = Math.sqrt(ss / (n - 1));
            assertThat(row.get("n").asInt()).isEqualTo(n);
            maxRelative = Math.max(maxRelative, Math.abs(row.get("mean").asDouble() / mean - 1));
            maxRelative = Math.max(maxRelative, Math.abs(row.get("sd").asDouble() / sd - 1));
        }
        System.out.println("descriptive max relative difference " + maxRelative);
        assertThat(maxRelative).isLessThanOrEqualTo(1e-12);
        JsonNode size = result.get("categorical").get(0);
        Column sizeColumn = pooled.column("size");
        int small = 0;
        for (int r = 0; r < pooled.rowCount(); r++) {
            small += sizeColumn.text(r).orElse("").equals("<=20") ? 1 : 0;
        }
        assertThat(size.get("levels").get(0).get("n").asInt()).isEqualTo(small);
        assertThat(size.get("levels").get(0).get("n").asInt()
                        + size.get("levels").get(1).get("n").asInt()
                        + size.get("levels").get(2).get("n").asInt()
                        + size.get("missing").asInt())
                .isEqualTo(pooled.rowCount());
        assertThat(result.get("numeric").get(0).get("sd").asDouble()).isCloseTo(13, within(3.0));
    }

    @Test
    void aSiteRefusesToReleaseACountBelowItsMinimumCellCount() throws IOException {
        SurvivalTable gbsg = cohorts.breastSites().get("gbsg");
        RoundRequest request = new DescriptiveStatistics().start(study());
        // GBSG has 53 tumours above 50 mm: a site whose rule is 100 refuses
        assertThatThrownBy(() -> new DescriptiveStatistics().compute(request, gbsg, new DisclosureRules(100)))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("below its minimum cell count (100)");
    }

    @Test
    void refusesUnknownColumnsAndLevelsWithClearMessages() throws IOException {
        SurvivalTable gbsg = cohorts.breastSites().get("gbsg");
        ObjectNode p = JSON.createObjectNode();
        p.putArray("numeric").add("height");
        RoundRequest unknown = new DescriptiveStatistics().start(new StudyParameters("s", "descriptive", p));
        assertThatThrownBy(() -> new DescriptiveStatistics().compute(unknown, gbsg, DisclosureRules.defaults()))
                .hasMessageContaining("site table has no column 'height'");
        ObjectNode q = JSON.createObjectNode();
        q.putObject("categorical").putArray("size").add("<=20").add("20-50");
        RoundRequest missingLevel = new DescriptiveStatistics().start(new StudyParameters("s", "descriptive", q));
        assertThatThrownBy(() -> new DescriptiveStatistics().compute(missingLevel, gbsg, DisclosureRules.defaults()))
                .hasMessageContaining("holds '>50', not one of the study's levels");
        assertThatThrownBy(() -> new DescriptiveStatistics()
                        .start(new StudyParameters("s", "descriptive", JSON.createObjectNode())))
                .hasMessageContaining("give 'numeric' columns");
    }
}
