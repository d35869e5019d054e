package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.patch.ModelProvenance;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.learn.patch.ViewPooling;

/** {@code patches drift} on made-up patch sets: a model, its training set shifted, and bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatchesDriftCommandTest {
    private static final List<String> CLASSES = List.of("lung_aca", "lung_n", "lung_scc");
    private static final PatchRecipe RECIPE = recipe("ab".repeat(32));

    private Path folder;
    private Path model;
    private Path shifted;

    private static PatchRecipe recipe(String encoderSha256) {
        return new PatchRecipe(
                "made-up-encoder",
                encoderSha256,
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                Optional.empty());
    }

    /** 90 patches of 16 features, class k lifted in feature k, every feature moved by {@code shift}. */
    private static PatchSet patches(double shift, List<String> classes, PatchRecipe recipe) {
        SplittableRandom random = new SplittableRandom(3);
        int n = 90;
        int d = 16;
        float[] features = new float[n * d];
        int[] classIndex = new int[n];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classIndex[i] = i % 3;
            names.add("p" + i + ".png");
            for (int j = 0; j < d; j++) {
                features[i * d + j] = (float) (shift + random.nextGaussian() + (j == classIndex[i] ? 1.5 : 0));
            }
        }
        return new PatchSet(n, d, features, names, classIndex, classes, recipe, "cd".repeat(32), "test");
    }

    @BeforeAll
    void writeModelAndPatches(@TempDir Path temporary) throws IOException {
        folder = temporary;
        PatchSet training = patches(0, CLASSES, RECIPE);
        double[][] rows = new double[training.count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = training.feature(i);
        }
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, training.classIndex(), 3);
        ModelProvenance provenance = new ModelProvenance(
                "made-up-encoder",
                "ab".repeat(32),
                training.dataSha256(),
                training.count(),
                Map.of(),
                Map.of("nested_cv_accuracy", 0.8),
                "test",
                "2026-12-07T00:00:00Z");
        model = folder.resolve("model.json");
        new PatchClassifiers()
                .write(new PatchClassifier(CLASSES, head, RECIPE, ViewPooling.FEATURE_MEAN, provenance), model);
        shifted = folder.resolve("shifted.h5");
        new PatchSets().write(patches(0.8, CLASSES, RECIPE), shifted);
    }

    @Test
    void driftGivesJsonAFileAndAPlot() throws IOException {
        Path png = folder.resolve("drift.png");
        Path json = folder.resolve("drift.json");
        CommandRun run = CommandRun.of(
                "patches",
                "drift",
                model.toString(),
                shifted.toString(),
                "--json",
                "--plot",
                png.toString(),
                "-o",
                json.toString(),
                "--bootstrap",
                "50");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = new ObjectMapper().readTree(run.out());
        assertThat(printed).isEqualTo(new ObjectMapper().readTree(json.toFile()));
        assertThat(printed.get("n").asInt()).isEqualTo(90);
        assertThat(printed.get("training_moments_recorded").asBoolean()).isTrue();
        JsonNode summary = printed.at("/embedding/summary");
        // every feature moved by 0.8 against training standard deviations of about 1 (0.5 with the class lift)
        assertThat(summary.get("mean_abs_z").asDouble()).isGreaterThan(0.5);
        assertThat(printed.at("/embedding/no_drift_baseline/mean_abs_z").asDouble())
                .isLessThan(0.4);
        assertThat(printed.at("/embedding/per_feature/z").size()).isEqualTo(16);
        assertThat(printed.at("/calibration/expected_calibration_error/ci").size())
                .isEqualTo(2);
        assertThat(printed.at("/calibration/against_provenance/0/provenance_key")
                        .asText())
                .isEqualTo("nested_cv_accuracy");
        int total = 0;
        for (JsonNode bin : printed.at("/calibration/reliability")) {
            total += bin.get("count").asInt();
        }
        assertThat(total).isEqualTo(90);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isGreaterThan(600);
    }

    @Test
    void textNamesTheBaseline() {
        CommandRun run = CommandRun.of("patches", "drift", model.toString(), shifted.toString(), "--bootstrap", "50");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("no-drift baseline")
                .contains("expected calibration error")
                .contains("against the model's nested_cv_accuracy");
    }

    @Test
    void badInputFailsWithOneLineNamingTheFile() throws IOException {
        Path otherClasses = folder.resolve("other-classes.h5");
        new PatchSets().write(patches(0, List.of("a", "b", "c"), RECIPE), otherClasses);
        Path otherRecipe = folder.resolve("other-recipe.h5");
        new PatchSets().write(patches(0, CLASSES, recipe("ef".repeat(32))), otherRecipe);
        Path missing = folder.resolve("missing.h5");
        Path output = folder.resolve("not-written.json");
        for (Path[] input : List.of(
                new Path[] {model, otherClasses},
                new Path[] {model, otherRecipe},
                new Path[] {model, missing},
                new Path[] {folder.resolve("no-model.json"), shifted})) {
            CommandRun run = CommandRun.of(
                    "patches", "drift", input[0].toString(), input[1].toString(), "-o", output.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err().lines()).hasSize(1);
            Path named = input[0].equals(model) ? input[1] : input[0];
            assertThat(run.err()).contains(named.toString());
            assertThat(output).doesNotExist();
        }
    }
}
