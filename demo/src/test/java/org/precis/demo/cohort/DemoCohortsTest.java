package org.precis.demo.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

class DemoCohortsTest {
    private final Path clinical = SampleData.path("samples/clinical");
    private final DemoCohorts cohorts = new DemoCohorts(clinical);

    @Test
    void lungSplitsByInstitutionDroppingTheRowWithoutOne() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        assertThat(sites.keySet()).containsExactly("lung-a", "lung-b", "lung-c");
        assertThat(sites.get("lung-a").rowCount()).isEqualTo(73);
        assertThat(sites.get("lung-b").rowCount()).isEqualTo(87);
        assertThat(sites.get("lung-c").rowCount()).isEqualTo(67);
        for (int r = 0; r < sites.get("lung-b").rowCount(); r++) {
            double inst = sites.get("lung-b").column("inst").number(r).getAsDouble();
            assertThat(inst).isBetween(6.0, 13.0);
        }
        assertThat(SurvivalTable.readCsv(clinical.resolve("survival_lung.csv")).rowCount())
                .isEqualTo(228);
    }

    @Test
    void breastHarmonisesRecurrenceFreeSurvivalAndSizeCategories() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        SurvivalTable rotterdam = sites.get("rotterdam");
        SurvivalTable gbsg = sites.get("gbsg");
        assertThat(rotterdam.columnNames())
                .isEqualTo(gbsg.columnNames())
                .containsExactly("time", "status", "age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon");
        SurvivalTable raw = SurvivalTable.readCsv(clinical.resolve("survival_rotterdam.csv"));
        for (int r = 0; r < raw.rowCount(); r++) {
            boolean recurred = raw.column("recur").number(r).getAsDouble() == 1;
            boolean died = raw.column("death").number(r).getAsDouble() == 1;
            double expected = raw.column(recurred ? "rtime" : "dtime").number(r).getAsDouble();
            assertThat(rotterdam.column("time").number(r).getAsDouble()).isEqualTo(expected);
            assertThat(rotterdam.column("status").number(r).getAsDouble()).isEqualTo(recurred || died ? 1 : 0);
        }
        SurvivalTable rawGbsg = SurvivalTable.readCsv(clinical.resolve("survival_gbsg.csv"));
        for (int r = 0; r < rawGbsg.rowCount(); r++) {
            double mm = rawGbsg.column("size").number(r).getAsDouble();
            String expected = mm <= 20 ? "<=20" : mm <= 50 ? "20-50" : ">50";
            assertThat(gbsg.column("size").text(r)).contains(expected);
            assertThat(gbsg.column("time").number(r))
                    .isEqualTo(rawGbsg.column("rfstime").number(r));
        }
    }

    @Test
    void pooledTableAddsTheSiteColumn() throws IOException {
        SurvivalTable pooled = SiteTables.pooled(cohorts.breastSites());
        assertThat(pooled.rowCount()).isEqualTo(2982 + 686);
        Column site = pooled.column(SiteTables.SITE_COLUMN);
        assertThat(site.text(0)).contains("rotterdam");
        assertThat(site.text(pooled.rowCount() - 1)).contains("gbsg");
    }

    @Test
    void writesSiteTablesThatReadBackExactlyAndTheStudyFiles(@TempDir Path folder) throws IOException {
        DemoFiles.Layout layout = DemoFiles.write(cohorts, folder);
        assertThat(layout.siteTables().keySet())
                .containsExactlyInAnyOrder("lung-a", "lung-b", "lung-c", "rotterdam", "gbsg");
        Map<String, SurvivalTable> lung = cohorts.lungSites();
        SurvivalTable back = SurvivalTable.readCsv(layout.siteTables().get("lung-a"));
        SurvivalTable original = lung.get("lung-a");
        assertThat(back.columnNames()).isEqualTo(original.columnNames());
        for (String name : original.columnNames()) {
            for (int r = 0; r < original.rowCount(); r++) {
                assertThat(back.column(name).text(r))
                        .as(name + " row " + r)
                        .isEqualTo(original.column(name).text(r));
            }
        }
        SurvivalTable gbsg = SurvivalTable.readCsv(layout.siteTables().get("gbsg"));
        assertThat(gbsg.column("size").isNumeric()).isFalse();
        try (var files = Files.list(folder.resolve("lung"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("lung-a.csv", "lung-b.csv", "lung-c.csv");
        }
        JsonNode study =
                new ObjectMapper().readTree(layout.studies().get("breast-km").toFile());
        assertThat(study.get("algorithm").asText()).isEqualTo("km");
        assertThat(study.get("parameters").get("grid").get("step").asDouble()).isEqualTo(365.25 / 12);
    }
}
