package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.io.file.FileSha256;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.models.NewModelEvaluation;
import org.precis.store.users.Role;
import org.precis.store.users.User;

/**
 * {@code precis models}: register the lung patch classifier, list, show, promotion refused until
 * every site's evaluation (added through the store's API, as federated evaluation would) says
 * better, export byte for byte, rollback; and the bad inputs, each one line with a non-zero exit.
 */
class ModelsCommandTest {

    private static final Path MODEL = Path.of("..", "learn", "models", "lc25000-lung-mobilenet_v2.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void registersPromotesOnlyWhenEverySiteSaysBetterExportsAndRollsBack() throws IOException {
        Path data = folder.resolve("precis-data");
        addUser(data, "rita", Role.RESEARCHER);
        String sha256 = FileSha256.of(MODEL);
        Path trainingData = folder.resolve("training.json");
        Files.writeString(
                trainingData,
                "{\"sites\": [{\"site\": \"site-a\", \"count\": 1500, \"data_sha256\": \"" + "c".repeat(64)
                        + "\"}], \"recipe\": {\"tile_px\": 224}}");

        JsonNode v1 = json(run(
                "models",
                "register",
                MODEL.toString(),
                "--name",
                "lung",
                "--task",
                "lung-subtype",
                "--intended-use",
                "research use only",
                "--encoder-licence",
                "Apache-2.0",
                "--training-data",
                trainingData.toString(),
                "--as",
                "rita",
                "--json",
                "--data-dir",
                data.toString()));
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("status").asText()).isEqualTo("candidate");
        assertThat(v1.get("file_sha256").asText()).isEqualTo(sha256);
        assertThat(v1.get("file_bytes").asLong()).isEqualTo(Files.size(MODEL));
        assertThat(v1.get("parent_version").isNull()).isTrue();
        assertThat(v1.at("/training_data/sites/0/count").asLong()).isEqualTo(1500);
        assertThat(v1.at("/training_data/recipe/tile_px").asInt()).isEqualTo(224);
        assertThat(v1.get("encoder_licence").asText()).isEqualTo("Apache-2.0");
        assertThat(v1.get("created_by").asText()).isEqualTo("rita");
        String registered = run(
                "models",
                "register",
                MODEL.toString(),
                "--name",
                "lung",
                "--task",
                "lung-subtype",
                "--intended-use",
                "research use only",
                "--parent",
                "1",
                "--as",
                "rita",
                "--data-dir",
                data.toString());
        assertThat(registered).isEqualTo("registered lung v2 (candidate), sha256 " + sha256 + "\n");

        JsonNode list = json(run("models", "list", "--json", "--data-dir", data.toString()));
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(run("models", "list", "--data-dir", data.toString()))
                .startsWith("lung\tv1\tcandidate\tlung-subtype\t")
                .contains("lung\tv2\tcandidate\t");
        JsonNode shown = json(run("models", "show", "lung", "--version", "2", "--json", "--data-dir", data.toString()));
        assertThat(shown.get("parent_version").asInt()).isEqualTo(1);
        assertThat(shown.get("training_data").get("sites")).isEmpty();
        assertThat(shown.get("evaluations")).isEmpty();
        assertThat(shown.at("/status_history/0/action").asText()).isEqualTo("register");

        CommandRun refused =
                CommandRun.of("models", "promote", "lung", "1", "--as", "rita", "--data-dir", data.toString());
        assertThat(refused.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
        assertThat(refused.err())
                .isEqualTo("precis: model lung v1 has no site evaluations; it becomes production only when every"
                        + " site's own validation says it is better\n");
        evaluate(data, 1, "site-a", true);
        evaluate(data, 1, "site-b", false);
        refused = CommandRun.of("models", "promote", "lung", "1", "--as", "rita", "--data-dir", data.toString());
        assertThat(refused.err())
                .isEqualTo("precis: model lung v1 is not better at every site: site-b says it is not; it stays a"
                        + " candidate\n");
        CommandRun notAdministrator = CommandRun.of(
                "models",
                "promote",
                "lung",
                "1",
                "--as",
                "rita",
                "--force",
                "--reason",
                "urgent",
                "--data-dir",
                data.toString());
        assertThat(notAdministrator.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
        assertThat(notAdministrator.err())
                .isEqualTo("precis: forcing a promotion needs the administrator role; rita is a researcher\n");

        evaluate(data, 1, "site-b", true);
        JsonNode promoted = json(run(
                "models",
                "promote",
                "lung",
                "1",
                "--as",
                "rita",
                "--reason",
                "first",
                "--json",
                "--data-dir",
                data.toString()));
        assertThat(promoted.get("status").asText()).isEqualTo("production");
        evaluate(data, 2, "site-a", true);
        evaluate(data, 2, "site-b", true);
        assertThat(run("models", "promote", "lung", "2", "--as", "rita", "--data-dir", data.toString()))
                .isEqualTo("lung v2 is production\n");
        JsonNode v1Now = json(run("models", "show", "lung", "--version", "1", "--json", "--data-dir", data.toString()));
        assertThat(v1Now.get("status").asText()).isEqualTo("retired");
        assertThat(v1Now.get("latest_evaluation_by_site")
                        .get("site-b")
                        .get("better")
                        .asBoolean())
                .isTrue();
        assertThat(v1Now.get("evaluations")).hasSize(3);
        assertThat(run("models", "show", "lung", "--data-dir", data.toString()))
                .startsWith("lung v2: production\n")
                .contains("  site site-a: better {\"auc\":0.93}");

        Path exported = folder.resolve("out/lung.json");
        JsonNode export = json(
                run("models", "export", "lung", "-o", exported.toString(), "--json", "--data-dir", data.toString()));
        assertThat(export.get("version").asInt()).isEqualTo(2);
        assertThat(export.get("exported_sha256").asText()).isEqualTo(sha256);
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(MODEL));
        assertThat(Files.list(exported.getParent())).containsExactly(exported); // no temporary file left

        JsonNode back = json(run(
                "models",
                "rollback",
                "lung",
                "--as",
                "rita",
                "--reason",
                "v2 regressed at site-a",
                "--json",
                "--data-dir",
                data.toString()));
        assertThat(back.get("version").asInt()).isEqualTo(1);
        assertThat(back.get("status").asText()).isEqualTo("production");
        CommandRun noFurther = CommandRun.of(
                "models", "rollback", "lung", "--as", "rita", "--reason", "again", "--data-dir", data.toString());
        assertThat(noFurther.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
        assertThat(noFurther.err())
                .isEqualTo("precis: model lung v1 is its first production version; there is none before it to roll"
                        + " back to\n");
        Path v1File = folder.resolve("v1.json");
        assertThat(run("models", "export", "lung", "-o", v1File.toString(), "--data-dir", data.toString()))
                .isEqualTo("lung v1 (production) written to " + v1File + ", sha256 " + sha256 + "\n");
        assertThat(Files.readAllBytes(v1File)).isEqualTo(Files.readAllBytes(MODEL));
    }

    @Test
    void badInputIsOneLineNamingItAndNothingIsRegistered() throws IOException {
        Path data = folder.resolve("precis-data");
        addUser(data, "rita", Role.RESEARCHER);
        Path notAModel = folder.resolve("cells.json");
        Files.writeString(notAModel, "{\"format\": \"something-else\"}");
        Path missing = folder.resolve("missing.json");
        Path badTraining = folder.resolve("training.json");
        Files.writeString(badTraining, "{\"sites\": [{\"site\": \"a\", \"count\": 1, \"data_sha256\": \"xyz\"}]}");

        assertOneLine(
                CommandRun.of(register(notAModel, data, "--as", "rita")),
                1,
                "precis: " + notAModel + ": not a Precis patch classifier (format should be"
                        + " precis-patch-classifier/1)");
        assertOneLine(
                CommandRun.of(register(missing, data, "--as", "rita")),
                1,
                "precis: " + missing + ": model file not found");
        assertOneLine(
                CommandRun.of(register(MODEL, data, "--as", "rita", "--training-data", badTraining.toString())),
                1,
                "precis: " + badTraining + ": not training data JSON: training site a data SHA-256 must be 64 hex"
                        + " digits: xyz");
        assertOneLine(
                CommandRun.of(register(MODEL, data, "--as", "nobody")),
                1,
                "precis: --as nobody: there is no user of that name");
        assertOneLine(
                CommandRun.of(register(MODEL, data, "--as", "rita", "--parent", "3")),
                1,
                "precis: model lung has no version 3 to be the parent of a new version");
        assertThat(run("models", "list", "--data-dir", data.toString())).isEmpty();

        assertOneLine(
                CommandRun.of("models", "show", "liver", "--data-dir", data.toString()),
                1,
                "precis: there is no model named liver");
        run(register(MODEL, data, "--as", "rita"));
        assertOneLine(
                CommandRun.of("models", "show", "lung", "--version", "4", "--data-dir", data.toString()),
                1,
                "precis: model lung has no version 4 (its versions are 1 to 1)");
        Path out = folder.resolve("out.json");
        assertOneLine(
                CommandRun.of("models", "export", "lung", "-o", out.toString(), "--data-dir", data.toString()),
                2,
                "precis: model lung has no production version; name the version to export");
        assertThat(out).doesNotExist();
    }

    private static String[] register(Path file, Path data, String... more) {
        String[] base = {
            "models",
            "register",
            file.toString(),
            "--name",
            "lung",
            "--task",
            "lung-subtype",
            "--intended-use",
            "research use only",
            "--data-dir",
            data.toString()
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    private static void assertOneLine(CommandRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(run.out()).isEmpty();
    }

    private static String run(String... args) {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static Store open(Path data) {
        return Store.open(StoreLocation.embedded(data), Clock.systemUTC(), new SecureRandom());
    }

    private static void addUser(Path data, String name, Role role) {
        try (Store store = open(data)) {
            store.users().add(name, role);
        }
    }

    /** A site's evaluation, recorded through the store's API as federated evaluation would. */
    private static void evaluate(Path data, int version, String site, boolean better) throws IOException {
        try (Store store = open(data)) {
            User rita = store.users().find("rita").orElseThrow();
            store.models()
                    .recordEvaluation(
                            "lung",
                            version,
                            new NewModelEvaluation(
                                    site, Optional.of("study-1"), JSON.readTree("{\"auc\": 0.93}"), better),
                            rita);
        }
    }
}
