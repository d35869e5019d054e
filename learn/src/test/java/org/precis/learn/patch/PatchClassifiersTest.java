package org.precis.learn.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.imaging.stain.ChannelStatistics;
import org.precis.imaging.stain.LabStatistics;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;

class PatchClassifiersTest {

    @TempDir
    Path folder;

    static PatchClassifier classifier() {
        return classifier(ViewPooling.FEATURE_MEAN);
    }

    static PatchClassifier classifier(ViewPooling pooling) {
        SplittableRandom random = new SplittableRandom(8);
        double[][] x = new double[60][4];
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 4; j++) {
                x[i][j] = random.nextGaussian() + (j == y[i] ? 1 : 0) + 1.0 / 3;
            }
        }
        SoftmaxModel head = new MultinomialLogisticRegression(0.05).fit(x, y, 3);
        PatchRecipe recipe = new PatchRecipe(
                "mobilenet_v2",
                "ab".repeat(32),
                ViewSet.DIHEDRAL8,
                List.of(1.0, 0.5),
                StainNormalisation.REINHARD,
                Optional.of(new LabStatistics(
                        new ChannelStatistics(61.2, 14.1),
                        new ChannelStatistics(20.3, 7.7),
                        new ChannelStatistics(-9.1, 5.3))));
        ModelProvenance provenance = new ModelProvenance(
                "mobilenet_v2",
                "ab".repeat(32),
                "cd".repeat(32),
                60,
                Map.of("l2_penalty", "0.05", "seed", "7"),
                Map.of("nested_cv_accuracy", 0.9666666666666667, "nested_cv_accuracy_ci_lower", 0.1 + 0.2),
                "0.1.0",
                "2026-11-29T08:00:00Z");
        return new PatchClassifier(List.of("lung_aca", "lung_n", "lung_scc"), head, recipe, pooling, provenance);
    }

    @Test
    void aModelRoundTripsWithItsProvenanceAndPredictsIdentically() throws IOException {
        PatchClassifier written = classifier();
        Path file = folder.resolve("model.json");
        new PatchClassifiers().write(written, file);
        PatchClassifier read = new PatchClassifiers().read(file);
        assertThat(read).isEqualTo(written);
        assertThat(read.provenance()).isEqualTo(written.provenance());
        assertThat(read.recipe()).isEqualTo(written.recipe());
        double[] features = {0.3, -1.2, 2.5, 0.01};
        assertThat(read.probabilities(features)).containsExactly(written.probabilities(features));
        try (var listing = Files.list(folder)) {
            assertThat(listing.toList()).containsExactly(file);
        }
    }

    @Test
    void aModelRoundTripsThroughBytesAsThroughItsFile() throws IOException {
        PatchClassifier written = classifier(ViewPooling.PROBABILITY_MEAN);
        byte[] bytes = new PatchClassifiers().toBytes(written);
        Path file = folder.resolve("model.json");
        new PatchClassifiers().write(written, file);
        assertThat(bytes).isEqualTo(Files.readAllBytes(file));
        PatchClassifier read = new PatchClassifiers().read(bytes, "lung v1 in the registry");
        assertThat(read).isEqualTo(written);
        double[] features = {0.3, -1.2, 2.5, 0.01};
        assertThat(read.probabilities(features)).containsExactly(written.probabilities(features));
    }

    @Test
    void refusesBytesThatAreNotAModelNamingTheirSource() {
        assertThatThrownBy(() -> new PatchClassifiers()
                        .read("{\"format\": \"something else\"}".getBytes(StandardCharsets.UTF_8), "lung v2"))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith("lung v2: ")
                .hasMessageContaining("not a Precis patch classifier");
        assertThatThrownBy(() -> new PatchClassifiers().read(new byte[] {'{', (byte) 0xff, '}'}, "lung v2"))
                .isInstanceOf(PatchInputException.class)
                .hasMessage("lung v2: not UTF-8 text");
    }

    @Test
    void classDisplayNamesRoundTripAndAnOlderModelShowsItsLabels() throws IOException {
        PatchClassifier named = classifier().withDisplayNames(Map.of("lung_aca", "lung adenocarcinoma"));
        assertThat(named.classDisplayNames()).containsExactly("lung adenocarcinoma", "lung n", "lung scc");
        Path file = folder.resolve("model.json");
        new PatchClassifiers().write(named, file);
        assertThat(new PatchClassifiers().read(file).classDisplayNames())
                .containsExactly("lung adenocarcinoma", "lung n", "lung scc");

        String older = Files.readString(file).replaceAll("(?s)\\s*\"class_display_names\"\\s*:\\s*\\{[^}]*\\},", "");
        assertThat(older).doesNotContain("class_display_names");
        Files.writeString(file, older);
        assertThat(new PatchClassifiers().read(file).classDisplayNames())
                .containsExactly("lung aca", "lung n", "lung scc");
    }

    @Test
    void aDisplayNameForAClassTheModelLacksIsRefusedNamingTheClasses() {
        assertThatThrownBy(() -> classifier().withDisplayNames(Map.of("lung_sclc", "small cell")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no class 'lung_sclc' to name: the classes are [lung_aca, lung_n, lung_scc]");
    }

    @Test
    void refusesAFileThatIsNotAModelNamingIt() throws IOException {
        Path file = folder.resolve("other.json");
        Files.writeString(file, "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> new PatchClassifiers().read(file))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("not a Precis patch classifier");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> new PatchClassifiers().read(file))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void refusesFeatureVectorsOfTheWrongLength() {
        assertThatThrownBy(() -> classifier().probabilities(new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 4 features");
    }

    @Test
    void theViewPoolingRoundTripsAndAnOlderModelWithoutItAveragesFeatures() throws IOException {
        Path file = folder.resolve("model.json");
        for (ViewPooling pooling : ViewPooling.values()) {
            new PatchClassifiers().write(classifier(pooling), file);
            assertThat(new PatchClassifiers().read(file).viewPooling()).isEqualTo(pooling);
        }
        String older = Files.readString(file).replaceAll("\\s*\"view_pooling\"\\s*:\\s*\"probability_mean\",", "");
        assertThat(older).doesNotContain("view_pooling");
        Files.writeString(file, older);
        assertThat(new PatchClassifiers().read(file).viewPooling()).isEqualTo(ViewPooling.FEATURE_MEAN);
        Files.writeString(file, older.replace("\"head\" : {", "\"head\" : {\"view_pooling\": \"median\","));
        assertThatThrownBy(() -> new PatchClassifiers().read(file))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("unknown view pooling 'median'");
    }

    @Test
    void viewsArePooledAsTheModelWasTrained() {
        float[][] views = {{0.3f, -1.2f, 2.5f, 0.01f}, {2.0f, 0.5f, -1.0f, 1.5f}, {-0.7f, 1.1f, 0.2f, -2.0f}};
        double[] mean = new double[4];
        double[] meanProbability = new double[3];
        PatchClassifier probabilityMean = classifier(ViewPooling.PROBABILITY_MEAN);
        for (float[] view : views) {
            double[] p = probabilityMean.probabilities(view);
            for (int j = 0; j < 4; j++) {
                mean[j] += view[j] / 3.0;
            }
            for (int k = 0; k < 3; k++) {
                meanProbability[k] += p[k] / 3;
            }
        }
        for (int j = 0; j < 4; j++) {
            mean[j] = (float) mean[j];
        }
        assertThat(probabilityMean.probabilitiesOfViews(views))
                .containsExactly(meanProbability, org.assertj.core.data.Offset.offset(1e-15));
        PatchClassifier featureMean = classifier(ViewPooling.FEATURE_MEAN);
        assertThat(featureMean.probabilitiesOfViews(views))
                .containsExactly(featureMean.probabilities(mean), org.assertj.core.data.Offset.offset(1e-15));
        // Averaging probabilities is not averaging features: the two poolings differ here.
        assertThat(Math.abs(featureMean.probabilitiesOfViews(views)[0] - meanProbability[0]))
                .isGreaterThan(1e-3);
    }

    @Test
    void anMlpModelRoundTripsWithItsFloat32WeightsAndPredictsIdentically() throws IOException {
        PatchClassifier logistic = classifier();
        SplittableRandom random = new SplittableRandom(3);
        double[][] hidden = new double[5][4];
        double[][] output = new double[3][5];
        for (double[] row : hidden) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        for (double[] row : output) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        org.precis.learn.mlp.MlpModel head = new org.precis.learn.mlp.MlpModel(
                ((SoftmaxModel) logistic.head()).standardisation(),
                hidden,
                new double[] {0.1, -0.2, 0.3, 0, 0.05},
                output,
                new double[] {0.5, -0.5, 0});
        PatchClassifier written = new PatchClassifier(
                logistic.classNames(), head, logistic.recipe(), ViewPooling.PROBABILITY_MEAN, logistic.provenance());
        Path file = folder.resolve("mlp.json");
        new PatchClassifiers().write(written, file);
        assertThat(Files.readString(file)).contains("\"type\" : \"mlp\"").contains("hidden_weights_float32_base64");
        PatchClassifier read = new PatchClassifiers().read(file);
        assertThat(read).isEqualTo(written);
        double[] features = {0.3, -1.2, 2.5, 0.01};
        assertThat(read.probabilities(features)).containsExactly(written.probabilities(features));
        Files.writeString(file, Files.readString(file).replaceFirst("\"hidden_units\" : 5", "\"hidden_units\" : 6"));
        assertThatThrownBy(() -> new PatchClassifiers().read(file))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("expected 6 x 4 float32 values");
    }
}
