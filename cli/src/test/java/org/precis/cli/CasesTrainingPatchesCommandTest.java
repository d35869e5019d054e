package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.CaseWork;
import org.precis.casework.library.SlideLibrary;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewCase;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.SampleData;

/**
 * {@code cases training-patches} over an H2 store with a signed case on a real slide: the folder it
 * writes is one {@code precis embed} reads as a patch set; bad input is one line, exit 1 (2 for a bad
 * request), and leaves nothing behind.
 */
class CasesTrainingPatchesCommandTest {

    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private static final ObjectMapper JSON = JsonMappers.compact();

    @TempDir
    Path folder;

    @Test
    void exportsTheSignedAnnotationsAsAFolderPrecisEmbedReads() throws Exception {
        Path slides = slideFolder();
        Path store = signedStore(slides);
        Path output = folder.resolve("patches");

        CommandRun export = export(store, slides, output, "tumour,stroma", "--json");
        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode summary = JSON.readTree(export.out());
        int patches = summary.path("patches").asInt();
        assertThat(patches).isPositive();
        assertThat(summary.path("patch_px").asInt()).isEqualTo(224);
        assertThat(summary.path("signed_cases").asInt()).isEqualTo(1);
        assertThat(summary.path("draft_cases").asInt()).isEqualTo(1);
        assertThat(summary.at("/per_class/tumour").asInt()
                        + summary.at("/per_class/stroma").asInt())
                .isEqualTo(patches);
        assertThat(summary.path("output").asText())
                .isEqualTo(output.toAbsolutePath().toString());
        assertThat(output.resolve("provenance.json")).isRegularFile();

        CommandRun embed = CommandRun.of(
                "embed",
                "--patches",
                output.toString(),
                "--labels",
                output.resolve("labels.csv").toString(),
                "--encoder",
                "mobilenet_v2",
                "--data",
                SampleData.root().toString(),
                "--threads",
                "2",
                "--progress",
                "never",
                "-o",
                folder.resolve("embedded").toString());
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        PatchSet set = new PatchSets().read(folder.resolve("embedded").resolve(PatchSets.FILE_NAME));
        assertThat(set.classNames()).containsExactly("stroma", "tumour");
        assertThat(set.count()).isEqualTo(patches);

        CommandRun text = export(store, slides, folder.resolve("again"), "stroma");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .startsWith(summary.at("/per_class/stroma").asInt() + " patches of 224 px (stroma "
                        + summary.at("/per_class/stroma").asInt() + ") from 1 signed case into ");
    }

    @Test
    void badInputIsOneLineAndLeavesNothingBehind() throws Exception {
        Path slides = slideFolder();
        Path store = signedStore(slides);
        Path output = folder.resolve("out").resolve("patches");

        assertOneLine(
                export(store, slides, output, "stroma,fibrin"),
                1,
                "precis: no polygon or rectangle of a signed case has the class fibrin; their classes are stroma,"
                        + " tumour");
        assertNothingWritten(output);

        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "keep me");
        assertOneLine(
                export(store, slides, output, "stroma"),
                1,
                "precis: " + output.toAbsolutePath() + ": output folder is not empty");
        assertThat(output.toFile().list()).containsExactly("notes.txt");
        Files.delete(output.resolve("notes.txt"));
        Files.delete(output);

        Path empty = Files.createDirectories(folder.resolve("no-slides"));
        CommandRun missing = export(store, empty, output, "stroma");
        assertOneLine(missing, 1, "precis: case C-A slide " + SLIDE + ": not in the slide folders [");
        assertNothingWritten(output);

        Files.write(slides.resolve(SLIDE), new byte[] {0}, StandardOpenOption.APPEND);
        CommandRun changed = export(store, slides, output, "stroma");
        assertOneLine(changed, 1, "precis: case C-A slide " + SLIDE + ": ");
        assertThat(changed.err()).contains("is not the slide signed (SHA-256 ");
        assertNothingWritten(output);

        assertOneLine(
                CommandRun.of(
                        "cases",
                        "training-patches",
                        "--data-dir",
                        store.toString(),
                        "--slides",
                        slides.toString(),
                        "--classes",
                        "stroma",
                        "--patch-um",
                        "100",
                        "--mpp",
                        "0.3",
                        "-o",
                        output.toString()),
                2,
                "precis: a patch of 100.0 µm at 0.3 µm/px is 333.333 px; choose sizes that make a whole number of"
                        + " pixels");
        assertNothingWritten(output);
    }

    @Test
    void aStoreWithoutSignedCasesHasNothingToExport() throws Exception {
        Path slides = slideFolder();
        Path store = folder.resolve("precis-data");
        try (Store opened = open(store)) {
            addCase(opened, slides, "C-DRAFT");
        }
        Path output = folder.resolve("patches");
        assertOneLine(
                export(store, slides, output, "tumour"),
                1,
                "precis: no case in the store is signed (1 draft case): there are no sign-offs to export");
        assertNothingWritten(output);
    }

    /** A copy of the sample slide in a slide folder of the test's own. */
    private Path slideFolder() throws Exception {
        Path slides = Files.createDirectories(folder.resolve("slides"));
        Files.copy(SampleData.path("samples/wsi/" + SLIDE), slides.resolve(SLIDE));
        return slides;
    }

    /** A store with case C-A signed (a tumour polygon, a stroma rectangle) and case C-B a draft. */
    private Path signedStore(Path slides) throws Exception {
        Path store = folder.resolve("precis-data");
        try (Store opened = open(store)) {
            User alice = opened.users().add("dr.alice", Role.PATHOLOGIST).user();
            Cases cases = opened.cases();
            addCase(opened, slides, "C-A");
            cases.saveAnnotation(
                    "C-A",
                    SLIDE,
                    feature("tumour", new double[][] {{300, 400}, {1500, 350}, {1800, 1200}, {900, 1700}, {250, 1100}}),
                    alice);
            cases.saveAnnotation(
                    "C-A",
                    SLIDE,
                    feature("stroma", new double[][] {{1210, 1810}, {2010, 1810}, {2010, 2610}, {1210, 2610}}),
                    alice);
            cases.signOff("C-A", alice);
            addCase(opened, slides, "C-B");
            cases.saveAnnotation(
                    "C-B", SLIDE, feature("tumour", new double[][] {{0, 0}, {900, 0}, {900, 900}, {0, 900}}), alice);
        }
        return store;
    }

    private static Store open(Path store) {
        return Store.open(StoreLocation.embedded(store), Clock.systemUTC(), new SecureRandom());
    }

    private static void addCase(Store store, Path slides, String caseId) throws Exception {
        store.cases()
                .create(new NewCase(Optional.of(caseId), "P-" + caseId, "Lung, resection", JSON.createObjectNode()));
        try (Slides engine = Slides.withCache(0)) {
            new CaseWork(store.cases(), SlideLibrary.scan(List.of(slides)), engine, "precis test", JSON)
                    .addSlide(caseId, SLIDE);
        }
    }

    private static ObjectNode feature(String className, double[][] corners) {
        ObjectNode feature = JSON.createObjectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Polygon");
        ArrayNode ring = geometry.putArray("coordinates").addArray();
        for (int i = 0; i <= corners.length; i++) {
            ring.addArray().add(corners[i % corners.length][0]).add(corners[i % corners.length][1]);
        }
        feature.putObject("properties").putObject("classification").put("name", className);
        return feature;
    }

    private static CommandRun export(Path store, Path slides, Path output, String classes, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "cases",
                "training-patches",
                "--data-dir",
                store.toString(),
                "--slides",
                slides.toString(),
                "--classes",
                classes,
                "--patch-um",
                "112",
                "--mpp",
                "0.5",
                "-o",
                output.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static void assertOneLine(CommandRun run, int exitCode, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith(start);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    private static void assertNothingWritten(Path output) throws Exception {
        assertThat(output).doesNotExist();
        Path parent = output.toAbsolutePath().getParent();
        if (Files.isDirectory(parent)) {
            try (var entries = Files.list(parent)) {
                assertThat(entries.map(path -> path.getFileName().toString()))
                        .noneMatch(name -> name.contains(".partial-"));
            }
        }
    }
}
