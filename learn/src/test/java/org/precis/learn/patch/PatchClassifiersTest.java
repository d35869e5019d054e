package org.precis.learn.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
        PatchRecipe recipe = new PatchRecipe("mobilenet_v2", "ab".repeat(32), ViewSet.DIHEDRAL8, List.of(1.0, 0.5),
                StainNormalisation.REINHARD, Optional.of(new LabStatistics(new ChannelStatistics(61.2, 14.1),
                        new ChannelStatistics(20.3, 7.7), new ChannelStatistics(-9.1, 5.3))));
        ModelProvenance provenance = new ModelProvenance("mobilenet_v2", "ab".repeat(32), "cd".repeat(32), 60,
                Map.of("l2_penalty", "0.05", "seed", "7"), Map.of("nested_cv_accuracy", 0.9666666666666667,
                        "nested_cv_accuracy_ci_lower", 0.1 + 0.2), "0.1.0", "2026-11-29T08:00:00Z");
        return new PatchClassifier(List.of("lung_aca", "lung_n", "lung_scc"), head, recipe, provenance);
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
    void refusesAFileThatIsNotAModelNamingIt() throws IOException {
        Path file = folder.resolve("other.json");
        Files.writeString(file, "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> new PatchClassifiers().read(file)).isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("not a Precis patch classifier");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> new PatchClassifiers().read(file)).isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void refusesFeatureVectorsOfTheWrongLength() {
        assertThatThrownBy(() -> classifier().probabilities(new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 4 features");
    }
}
