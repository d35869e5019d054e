package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

class FederationStudyCommandsTest {

    @TempDir
    Path folder;

    @Test
    void theDemoRunsTheFourStudiesInSeparateProcessesAndMatchesThePooledResults() throws Exception {
        CommandRun run = CommandRun.of(
                "federation",
                "demo",
                "--json",
                "--data",
                SampleData.root().toString(),
                "--work",
                folder.resolve("demo").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode study : report.get("studies")) {
            names.add(study.get("name").asText());
            assertThat(study.get("max_rel_diff").asDouble())
                    .as(study.get("name").asText())
                    .isLessThan(1e-8);
            assertThat(study.get("bytes_sent").size())
                    .isEqualTo(study.get("sites").size());
            study.get("bytes_sent").forEach(bytes -> assertThat(bytes.asLong()).isPositive());
            assertThat(study.get("rounds").asInt()).isPositive();
        }
        assertThat(names).containsExactly("lung-cox", "breast-cox", "breast-km", "breast-logrank");
        JsonNode lungCox = report.get("studies").get(0);
        assertThat(lungCox.get("bytes_sent").fieldNames()).toIterable().containsExactly("lung-a", "lung-b", "lung-c");
        // the Cox results have the shape of precis survival cox --json
        assertThat(lungCox.get("federated").get("terms").get(0).get("name").asText())
                .isEqualTo("age");
        assertThat(lungCox.get("pooled").fieldNames())
                .toIterable()
                .isSubsetOf(() -> lungCox.get("federated").fieldNames());
        // every site's audit log recorded what it released, and the site processes wrote down their bytes
        for (String site : List.of("lung-a", "gbsg")) {
            Path siteFolder = folder.resolve("demo/sites").resolve(site);
            assertThat(Files.readString(siteFolder.resolve("audit.log"))).contains("values-released");
            assertThat(siteFolder.resolve("wire-bytes.json")).exists();
        }
    }

    @Test
    void submitSendsAStudyAsItsResearcherAndPrintsTheResult() throws Exception {
        java.util.Map<String, org.precis.survival.data.SurvivalTable> lung =
                new org.precis.demo.cohort.DemoCohorts(SampleData.path("samples/clinical")).lungSites();
        org.precis.demo.federation.DemoFolder collaboration = org.precis.demo.federation.DemoFolder.create(
                folder.resolve("collaboration"),
                lung,
                java.util.Map.of(),
                java.time.Clock.systemUTC(),
                new java.security.SecureRandom());
        try (org.precis.federation.coordinator.Coordinator coordinator =
                org.precis.federation.coordinator.CoordinatorMain.start(collaboration.coordinatorConfig())) {
            List<org.precis.federation.node.RunningSite> sites = new java.util.ArrayList<>();
            try {
                for (String site : lung.keySet()) {
                    sites.add(org.precis.federation.node.SiteMain.start(
                            collaboration.siteConfig(site, coordinator.port())));
                }
                Path study = Files.writeString(
                        folder.resolve("study.yaml"),
                        String.join(
                                "\n",
                                "study: lung-cox-cli",
                                "algorithm: cox-stratified",
                                "researcher: demo-researcher",
                                "sites: [lung-a, lung-b, lung-c]",
                                "parameters: {time: time, event: status, event_value: 2, covariates: [age, sex, ph.ecog]}",
                                ""));
                org.precis.federation.tls.TlsFiles tls = collaboration.researcherTls();
                String[] options = {
                    "--coordinator",
                    "localhost:" + coordinator.port(),
                    "--key",
                    tls.privateKey().toString(),
                    "--certificate",
                    tls.certificateChain().toString(),
                    "--ca",
                    tls.caCertificate().toString(),
                    "--revocations",
                    tls.revocationList().toString()
                };
                List<String> args = new java.util.ArrayList<>(List.of("federation", "submit", study.toString()));
                args.addAll(List.of(options));
                args.add("--json");
                CommandRun run = CommandRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(run.err()).isZero();
                JsonNode status = new ObjectMapper().readTree(run.out());
                assertThat(status.get("state").asText()).isEqualTo("finished");
                assertThat(status.get("rounds").asInt()).isEqualTo(8);
                assertThat(status.get("result").get("terms").get(2).get("name").asText())
                        .isEqualTo("ph.ecog");
                assertThat(status.get("result").get("terms").get(2).get("coef").asDouble())
                        .isCloseTo(0.551684801464206, org.assertj.core.data.Offset.offset(1e-12));
                // the same study again is refused: none runs twice
                args.remove("--json");
                CommandRun again = CommandRun.of(args.toArray(String[]::new));
                assertThat(again.exitCode()).isEqualTo(2);
                assertThat(again.err()).contains("ALREADY_EXISTS").contains("was already submitted");
            } finally {
                for (org.precis.federation.node.RunningSite site : sites) {
                    site.close();
                }
            }
        }
    }

    @Test
    void badRequestsFailWithOneLine() throws Exception {
        CommandRun missingStudy = CommandRun.of(
                "federation",
                "submit",
                folder.resolve("none.yaml").toString(),
                "--coordinator",
                "localhost:7443",
                "--key",
                "k",
                "--certificate",
                "c",
                "--ca",
                "a",
                "--revocations",
                "r");
        assertThat(missingStudy.exitCode()).isEqualTo(1);
        assertThat(missingStudy.err().strip())
                .startsWith("precis: ")
                .contains("none.yaml: no such file")
                .doesNotContain("\n");
        CommandRun badAddress = CommandRun.of(
                "federation",
                "submit",
                "study.yaml",
                "--coordinator",
                "localhost",
                "--key",
                "k",
                "--certificate",
                "c",
                "--ca",
                "a",
                "--revocations",
                "r");
        assertThat(badAddress.exitCode()).isEqualTo(2);
        assertThat(badAddress.err()).contains("--coordinator must be HOST:PORT");
        Path config = Files.writeString(folder.resolve("site.yaml"), "coordinator_host: localhost\nportt: 1\n");
        CommandRun typo = CommandRun.of("federation", "site", "--config", config.toString());
        assertThat(typo.exitCode())
                .as("a configuration file at fault is bad input")
                .isEqualTo(1);
        assertThat(typo.err().strip())
                .contains(config + ": unknown key 'portt'")
                .doesNotContain("\n");
        CommandRun noConfig = CommandRun.of(
                "federation",
                "coordinator",
                "--config",
                folder.resolve("c.yaml").toString());
        assertThat(noConfig.err()).contains("c.yaml: configuration file not found");
    }
}
