package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.audit.AuditEntry;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.ReviewDecision;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.SampleData;

/** {@code precis report --case}: a signed case's report files from the embedded store. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static final String SLIDES = SampleData.path("samples/wsi").toString();

    private static Path data;

    @BeforeAll
    static void signACaseWithAnNpi() {
        data = temp.resolve("precis-data");
        CommandRun add = CommandRun.of(
                "cases",
                "add",
                "--id",
                "BR-0101",
                "--patient",
                "PSN-77",
                "--specimen",
                "left breast, excision",
                "--clinical",
                "size_mm=18,nodes=0,grade=3",
                "--data-dir",
                data.toString(),
                "--slides",
                SLIDES);
        assertThat(add.exitCode()).as(add.err()).isZero();
        CommandRun analyse =
                CommandRun.of("cases", "analyse", "BR-0101", "npi", "--data-dir", data.toString(), "--slides", SLIDES);
        assertThat(analyse.exitCode()).as(analyse.err()).isZero();
        try (Store store = Store.open(StoreLocation.embedded(data), Clock.systemUTC(), new SecureRandom())) {
            User pathologist = store.users().add("dr.ng", Role.PATHOLOGIST).user();
            AnalysisRecord npi = store.cases().analyses("BR-0101").get(0);
            for (String key : npi.findingKeys()) {
                store.cases().review("BR-0101", npi.id(), key, ReviewDecision.ACCEPT, null, "", pathologist);
            }
            store.cases().signOff("BR-0101", pathologist);
        }
    }

    @Test
    void writesTheHtmlPdfAndFhirFilesAndAuditsTheExport() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        CommandRun run = CommandRun.of(
                "report",
                "--case",
                "BR-0101",
                "-o",
                out.toString(),
                "--data-dir",
                data.toString(),
                "--slides",
                SLIDES,
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = JSON.readTree(run.out());
        assertThat(Path.of(printed.get("html").asText())).isEqualTo(out.resolve("BR-0101-v1.html"));
        assertThat(Path.of(printed.get("pdf").asText())).isEqualTo(out.resolve("BR-0101-v1.pdf"));
        assertThat(Path.of(printed.get("fhir").asText())).isEqualTo(out.resolve("BR-0101-v1.fhir.json"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("BR-0101-v1.html", "BR-0101-v1.pdf", "BR-0101-v1.fhir.json");
        }
        // NPI = 0.2 x 1.8 + 1 (no nodes) + 3 = 4.36
        assertThat(Files.readString(out.resolve("BR-0101-v1.html")))
                .contains("4.36")
                .contains("dr.ng");
        byte[] pdf = Files.readAllBytes(out.resolve("BR-0101-v1.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        JsonNode bundle = JSON.readTree(out.resolve("BR-0101-v1.fhir.json").toFile());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        try (Store store = Store.open(StoreLocation.embedded(data), Clock.systemUTC(), new SecureRandom())) {
            Optional<AuditEntry> export = store.audit().list(0, 10_000).stream()
                    .filter(entry -> entry.event().equals("exported"))
                    .reduce((first, second) -> second);
            assertThat(export).hasValueSatisfying(entry -> {
                assertThat(entry.actor()).isEqualTo("cli");
                assertThat(entry.details().get("case").asText()).isEqualTo("BR-0101");
                assertThat(entry.details().get("files")).hasSize(3);
            });
        }

        CommandRun plain = CommandRun.of(
                "report", "--case", "BR-0101", "-o", out.toString(), "--data-dir", data.toString(), "--slides", SLIDES);
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out().lines())
                .containsExactly(
                        out.resolve("BR-0101-v1.html").toString(),
                        out.resolve("BR-0101-v1.pdf").toString(),
                        out.resolve("BR-0101-v1.fhir.json").toString());
    }

    @Test
    void anUnknownCaseOrVersionOrAnOutputThatIsAFileIsOneLineAndWritesNothing() throws Exception {
        Path out = Files.createDirectories(temp.resolve("empty"));
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "x");
        for (String[] args : new String[][] {
            {"report", "--case", "NO-SUCH", "-o", out.toString(), "--data-dir", data.toString(), "--slides", SLIDES},
            {
                "report",
                "--case",
                "BR-0101",
                "--version",
                "4",
                "-o",
                out.toString(),
                "--data-dir",
                data.toString(),
                "--slides",
                SLIDES
            },
            {
                "report",
                "--case",
                "BR-0101",
                "-o",
                notAFolder.toString(),
                "--data-dir",
                data.toString(),
                "--slides",
                SLIDES
            }
        }) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("precis: ");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        CommandRun zero = CommandRun.of("report", "--case", "BR-0101", "--version", "0", "-o", out.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
    }
}
