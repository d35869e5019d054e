package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;

/** embed --patches and patches train / evaluate / predict on a few real LC25000 patches. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatchesCommandsTest {

    private Path folder;

    private Path patches;
    private Path labels;
    private Path embeddings;
    private Path model;
    private final String data = org.precis.testing.SampleData.root().toString();

    /** Copies the first {@code perClass} patches of each class and writes their labels.csv. */
    private static Path copyPatches(Path target, int perClass) throws IOException {
        Path source = org.precis.testing.SampleData.root().resolve("samples/patches/lung_LC25000_224px");
        List<String> lines = Files.readAllLines(source.resolve("labels.csv"));
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        Map<String, Integer> taken = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            if (taken.merge(fields[1], 1, Integer::sum) <= perClass) {
                Files.createDirectories(target.resolve(fields[0]).getParent());
                Files.copy(source.resolve(fields[0]), target.resolve(fields[0]));
                out.add(line);
            }
        }
        return Files.write(target.resolve("labels.csv"), out);
    }

    @BeforeAll
    void embedAndTrain(@TempDir Path temporary) throws IOException {
        folder = temporary;
        patches = folder.resolve("patches");
        labels = copyPatches(patches, 8);
        embeddings = folder.resolve("embedded");
        CommandRun embed = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                labels.toString(),
                "-o",
                embeddings.toString(),
                "--scales",
                "1,0.5");
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        assertThat(embed.out().trim())
                .isEqualTo(embeddings.resolve("patches.h5").toString());
        model = folder.resolve("model.json");
        CommandRun train = CommandRun.of(
                "patches",
                "train",
                "--embeddings",
                embeddings.toString(),
                "-o",
                model.toString(),
                "--folds",
                "3",
                "--inner-folds",
                "3",
                "--l2",
                "0.1,0.01",
                "--bootstrap",
                "100",
                "--reliability-png",
                folder.resolve("cv-reliability.png").toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("nested cross-validation").contains("AUC LUAD vs LUSC");
        assertThat(folder.resolve("cv-reliability.png")).isNotEmptyFile();
    }

    @Test
    void theModelRecordsTheRecipeAndTheNestedCvFigures() throws IOException {
        PatchClassifier classifier = new PatchClassifiers().read(model);
        PatchSet set = new PatchSets().read(embeddings.resolve("patches.h5"));
        assertThat(classifier.recipe()).isEqualTo(set.recipe());
        assertThat(classifier.recipe().scales()).containsExactly(1.0, 0.5);
        assertThat(classifier.provenance().dataSha256()).isEqualTo(set.dataSha256());
        assertThat(classifier.provenance().trainingCount()).isEqualTo(24);
        assertThat(classifier.provenance().metrics())
                .containsKeys(
                        "nested_cv_accuracy", "nested_cv_macro_auc", "nested_cv_auc_luad_vs_lusc", "nested_cv_brier");
        assertThat(classifier.provenance().parameters()).containsKeys("l2_penalty", "seed", "outer_folds");
    }

    @Test
    void evaluateGivesJsonWithIntervalsAndWritesTheReliabilityDiagram() throws IOException {
        Path png = folder.resolve("reliability.png");
        CommandRun run = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--embeddings",
                embeddings.toString(),
                "--json",
                "--bootstrap",
                "100",
                "--reliability-png",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("n").asInt()).isEqualTo(24);
        for (String figure : List.of("accuracy", "macro_auc", "auc_luad_vs_lusc", "brier")) {
            assertThat(json.get(figure).isNumber()).as(figure).isTrue();
            assertThat(json.get(figure + "_ci").size()).as(figure).isEqualTo(2);
            assertThat(json.get(figure + "_ci").get(0).asDouble())
                    .isLessThanOrEqualTo(json.get(figure).asDouble());
        }
        assertThat(json.at("/confusion/classes").toString()).isEqualTo("[\"lung_aca\",\"lung_n\",\"lung_scc\"]");
        assertThat(json.at("/confusion/counts").size()).isEqualTo(3);
        assertThat(Files.size(png)).isGreaterThan(1000);
        // The model's own training data: the figures stand, with a warning that they are not new images'.
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains("warning")
                .contains(embeddings.toString())
                .contains("training data of model")
                .contains("not how it does on new images");
    }

    @Test
    void evaluateWarnsOnTheTrainingImagesButNotOnOtherImages() throws IOException {
        CommandRun own = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                labels.toString(),
                "--bootstrap",
                "100");
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.err()).contains("warning").contains("training data of model");
        Path fewer = folder.resolve("fewer");
        Path fewerLabels = copyPatches(fewer, 2);
        CommandRun other = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                fewer.toString(),
                "--labels",
                fewerLabels.toString(),
                "--bootstrap",
                "100");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(other.err()).isEmpty();
    }

    @Test
    void evaluateReadsALabelsFileWithTheSeparatorGiven() throws IOException {
        Path fewer = folder.resolve("tabbed");
        Path commas = copyPatches(fewer, 2);
        Path tabs = Files.writeString(
                fewer.resolve("labels.tsv"), Files.readString(commas).replace(',', '\t'));
        CommandRun withCommas = evaluateJson(fewer, commas);
        CommandRun withTabs = evaluateJson(fewer, tabs, "--sep", "tab");

        assertThat(withTabs.exitCode()).as(withTabs.err()).isZero();
        assertThat(withTabs.out()).isEqualTo(withCommas.out());
    }

    private CommandRun evaluateJson(Path images, Path labelsFile, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                images.toString(),
                "--labels",
                labelsFile.toString(),
                "--bootstrap",
                "50",
                "--json"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void imagesFarFromTheEncodersInputSizeAreRefusedNamingTheFile() throws IOException {
        Path tiny = folder.resolve("tiny.png");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                tiny.toFile());
        CommandRun run = CommandRun.of(
                "patches",
                "predict",
                "--data",
                data,
                "--model",
                model.toString(),
                "--images",
                patches.resolve("lung_scc").toString(),
                tiny.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains(tiny.toString())
                .contains("1x1 px is too small")
                .contains("224x224");
        // The model crops half the side too (scales 1 and 0.5): 1000 px is more than 4 x 224 at scale 1.
        Path large = folder.resolve("large.png");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(1000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                large.toFile());
        CommandRun big = CommandRun.of(
                "patches", "predict", "--data", data, "--model", model.toString(), "--images", large.toString());
        assertThat(big.exitCode()).isEqualTo(1);
        assertThat(big.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains(large.toString())
                .contains("too large");
        // Evaluate refuses them the same way.
        Path labelled = folder.resolve("tiny-set");
        Files.createDirectories(labelled);
        Files.copy(tiny, labelled.resolve("tiny.png"));
        Path tinyLabels = Files.writeString(labelled.resolve("labels.csv"), "path,label\ntiny.png,lung_scc\n");
        CommandRun evaluate = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                labelled.toString(),
                "--labels",
                tinyLabels.toString());
        assertThat(evaluate.exitCode()).isEqualTo(1);
        assertThat(evaluate.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains("tiny.png")
                .contains("too small");
    }

    @Test
    void evaluateEmbedsLabelledImagesWithTheModelsRecipeAsThePatchSetWas() throws IOException {
        CommandRun fromImages = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                labels.toString(),
                "--json",
                "--bootstrap",
                "100");
        assertThat(fromImages.exitCode()).as(fromImages.err()).isZero();
        CommandRun fromSet = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--embeddings",
                embeddings.toString(),
                "--json",
                "--bootstrap",
                "100");
        JsonNode images = new ObjectMapper().readTree(fromImages.out());
        JsonNode set = new ObjectMapper().readTree(fromSet.out());
        assertThat(images.get("n").asInt()).isEqualTo(24);
        assertThat(images.get("confusion")).isEqualTo(set.get("confusion"));
        for (String figure : List.of("accuracy", "macro_auc", "auc_luad_vs_lusc", "brier")) {
            assertThat(images.get(figure).asDouble())
                    .as(figure)
                    .isCloseTo(set.get(figure).asDouble(), within(1e-9));
        }
        // A label the model does not know is named with its file, before anything is embedded.
        Path wrong = folder.resolve("wrong-labels.csv");
        Files.writeString(
                wrong, "path,label\n" + Files.readAllLines(labels).get(1).split(",")[0] + ",lung_sclc\n");
        CommandRun run = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                wrong.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("wrong-labels.csv")
                .contains("'lung_sclc'");
    }

    @Test
    void newImagesEmbeddedWithAModelsRecipeKeepItsReinhardTarget() throws IOException {
        Path stained = folder.resolve("stained");
        CommandRun embed = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                labels.toString(),
                "-o",
                stained.toString(),
                "--stain-norm",
                "none,reinhard");
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        Path stainModel = folder.resolve("stain-model.json");
        CommandRun train = CommandRun.of(
                "patches",
                "train",
                "--embeddings",
                stained.toString(),
                "-o",
                stainModel.toString(),
                "--folds",
                "3",
                "--inner-folds",
                "3",
                "--l2",
                "0.1",
                "--bootstrap",
                "50");
        assertThat(train.exitCode()).as(train.err()).isZero();
        // New images: their own Reinhard target would differ from the training set's.
        Path fresh = folder.resolve("fresh");
        Path freshLabels = copyPatches(fresh, 2);
        CommandRun own = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                fresh.toString(),
                "--labels",
                freshLabels.toString(),
                "-o",
                fresh.resolve("own").toString(),
                "--stain-norm",
                "none,reinhard");
        assertThat(own.exitCode()).as(own.err()).isZero();
        CommandRun refused = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                stainModel.toString(),
                "--embeddings",
                fresh.resolve("own").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("reinhard_target").contains("--patches and --labels");
        CommandRun asModel = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                fresh.toString(),
                "--labels",
                freshLabels.toString(),
                "-o",
                fresh.resolve("as-model").toString(),
                "--recipe-from",
                stainModel.toString());
        assertThat(asModel.exitCode()).as(asModel.err()).isZero();
        PatchSet set = new PatchSets().read(fresh.resolve("as-model/patches.h5"));
        assertThat(set.recipe())
                .isEqualTo(new PatchClassifiers().read(stainModel).recipe());
        CommandRun fromSet = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                stainModel.toString(),
                "--embeddings",
                fresh.resolve("as-model").toString(),
                "--json",
                "--bootstrap",
                "50");
        CommandRun fromImages = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                stainModel.toString(),
                "--data",
                data,
                "--patches",
                fresh.toString(),
                "--labels",
                freshLabels.toString(),
                "--json",
                "--bootstrap",
                "50");
        assertThat(fromSet.exitCode()).as(fromSet.err()).isZero();
        assertThat(fromImages.exitCode()).as(fromImages.err()).isZero();
        JsonNode viaSet = new ObjectMapper().readTree(fromSet.out());
        JsonNode viaImages = new ObjectMapper().readTree(fromImages.out());
        assertThat(viaSet.get("n").asInt()).isEqualTo(6);
        assertThat(viaSet.get("confusion")).isEqualTo(viaImages.get("confusion"));
        assertThat(viaSet.get("brier").asDouble())
                .isCloseTo(viaImages.get("brier").asDouble(), within(1e-9));
        CommandRun both = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                fresh.toString(),
                "--labels",
                freshLabels.toString(),
                "-o",
                fresh.resolve("both").toString(),
                "--recipe-from",
                stainModel.toString(),
                "--views",
                "dihedral8");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--views does not go with --recipe-from");
    }

    @Test
    void aModelOfAnotherEncoderFileIsRefusedNamingTheModel() throws IOException {
        PatchClassifier classifier = new PatchClassifiers().read(model);
        Path other = folder.resolve("other-encoder-model.json");
        Files.writeString(
                other, Files.readString(model).replace(classifier.recipe().encoderSha256(), "0".repeat(64)));
        for (String[] args : List.of(
                new String[] {
                    "patches",
                    "predict",
                    "--data",
                    data,
                    "--model",
                    other.toString(),
                    "--images",
                    patches.resolve("lung_n").toString()
                },
                new String[] {
                    "embed",
                    "--encoder",
                    "mobilenet_v2",
                    "--data",
                    data,
                    "--patches",
                    patches.toString(),
                    "--labels",
                    labels.toString(),
                    "-o",
                    folder.resolve("never").toString(),
                    "--recipe-from",
                    other.toString()
                })) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err().strip())
                    .doesNotContain("\n")
                    .contains("other-encoder-model.json")
                    .contains("0".repeat(64));
        }
        assertThat(folder.resolve("never/patches.h5")).doesNotExist();
    }

    @Test
    void predictEmbedsNewImagesAsTheModelSaysAndAgreesWithThePatchSet() throws IOException {
        Path image = patches.resolve("lung_scc");
        CommandRun run = CommandRun.of(
                "patches",
                "predict",
                "--data",
                data,
                "--model",
                model.toString(),
                "--images",
                image.toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows.size()).isEqualTo(8);
        PatchClassifier classifier = new PatchClassifiers().read(model);
        PatchSet set = new PatchSets().read(embeddings.resolve("patches.h5"));
        for (JsonNode row : rows) {
            String name = patches.relativize(Path.of(row.get("file").asText())).toString();
            double[] expected =
                    classifier.probabilities(set.feature(set.fileNames().indexOf(name)));
            for (int k = 0; k < 3; k++) {
                assertThat(row.at("/probabilities/" + classifier.classNames().get(k))
                                .asDouble())
                        .isCloseTo(expected[k], within(1e-12));
            }
        }
    }

    @Test
    void aLabelsFileNamingAMissingPatchFailsWithOneLineNamingIt() throws IOException {
        Path copy = folder.resolve("missing");
        Path list = copyPatches(copy, 1);
        Files.writeString(list, "lung_n/nowhere.jpeg,lung_n\n", StandardOpenOption.APPEND);
        CommandRun run = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                copy.toString(),
                "--labels",
                list.toString(),
                "-o",
                folder.resolve("out-missing").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("nowhere.jpeg");
    }

    @Test
    void anUnreadableImageFailsWithOneLineNamingIt() throws IOException {
        Path copy = folder.resolve("broken");
        Path list = copyPatches(copy, 1);
        Files.writeString(copy.resolve("lung_n/broken.jpeg"), "not a JPEG");
        Files.writeString(list, "lung_n/broken.jpeg,lung_n\n", StandardOpenOption.APPEND);
        CommandRun run = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                copy.toString(),
                "--labels",
                list.toString(),
                "-o",
                folder.resolve("out-broken").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("broken.jpeg");
        assertThat(folder.resolve("out-broken/patches.h5")).doesNotExist();
    }

    @Test
    void evaluateRefusesEmbeddingsMadeWithAnotherRecipe() throws IOException {
        Path other = folder.resolve("other");
        Path list = copyPatches(other, 2);
        CommandRun embed = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                other.toString(),
                "--labels",
                list.toString(),
                "-o",
                other.resolve("set").toString());
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        CommandRun run = CommandRun.of(
                "patches",
                "evaluate",
                "--model",
                model.toString(),
                "--embeddings",
                other.resolve("set").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("embedded with").contains("needs").contains("--patches and --labels");
    }

    @Test
    void perViewAndMlpModelsPredictNewImagesAsTheyWereEvaluated() throws IOException {
        Path views = folder.resolve("embeddings-d8");
        CommandRun embed = CommandRun.of(
                "embed",
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "--patches",
                patches.toString(),
                "--labels",
                labels.toString(),
                "-o",
                views.toString(),
                "--views",
                "dihedral8");
        assertThat(embed.exitCode()).as(embed.err()).isZero();
        PatchSet set = new PatchSets().read(views.resolve("patches.h5"));
        assertThat(set.viewCount()).isEqualTo(8);
        Path perView = folder.resolve("per-view.json");
        CommandRun train = CommandRun.of(
                "patches",
                "train",
                "--embeddings",
                views.toString(),
                "-o",
                perView.toString(),
                "--folds",
                "3",
                "--inner-folds",
                "3",
                "--l2",
                "0.1",
                "--bootstrap",
                "100",
                "--view-pooling",
                "probability_mean");
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path mlp = folder.resolve("mlp.json");
        train = CommandRun.of(
                "patches",
                "train",
                "--embeddings",
                views.toString(),
                "-o",
                mlp.toString(),
                "--folds",
                "3",
                "--inner-folds",
                "3",
                "--heads",
                "mlp",
                "--mlp-hidden",
                "8",
                "--mlp-epochs",
                "5,20",
                "--mlp-weight-decay",
                "0.01",
                "--bootstrap",
                "100",
                "--view-pooling",
                "feature_mean");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("MLP 8 hidden");
        for (Path modelFile : List.of(perView, mlp)) {
            PatchClassifier classifier = new PatchClassifiers().read(modelFile);
            double[][] expected = classifier.probabilities(set);
            CommandRun run = CommandRun.of(
                    "patches",
                    "predict",
                    "--data",
                    data,
                    "--model",
                    modelFile.toString(),
                    "--images",
                    patches.resolve("lung_aca").toString(),
                    "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode rows = new ObjectMapper().readTree(run.out());
            assertThat(rows.size()).isEqualTo(8);
            for (JsonNode row : rows) {
                int index = set.fileNames()
                        .indexOf(patches.relativize(Path.of(row.get("file").asText()))
                                .toString());
                for (int k = 0; k < 3; k++) {
                    assertThat(row.at("/probabilities/"
                                            + classifier.classNames().get(k))
                                    .asDouble())
                            .isCloseTo(expected[index][k], within(1e-12));
                }
            }
        }
        PatchClassifier perViewModel = new PatchClassifiers().read(perView);
        assertThat(perViewModel.viewPooling()).isEqualTo(org.precis.learn.patch.ViewPooling.PROBABILITY_MEAN);
        assertThat(new PatchClassifiers().read(mlp).head()).isInstanceOf(org.precis.learn.mlp.MlpModel.class);
        // A probability-mean model cannot be evaluated on a set without per-view features.
        Path pooledOnly = folder.resolve("d8-pooled-only.h5");
        new PatchSets()
                .write(
                        new PatchSet(
                                set.count(),
                                set.dimension(),
                                set.features(),
                                set.fileNames(),
                                set.classIndex(),
                                set.classNames(),
                                set.recipe(),
                                set.dataSha256(),
                                set.softwareVersion()),
                        pooledOnly);
        CommandRun evaluate = CommandRun.of(
                "patches", "evaluate", "--model", perView.toString(), "--embeddings", pooledOnly.toString());
        assertThat(evaluate.exitCode()).isEqualTo(1);
        assertThat(evaluate.err().strip())
                .doesNotContain("\n")
                .contains(pooledOnly.toString())
                .contains("no per-view features");
    }
}
