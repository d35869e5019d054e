package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.imaging.stain.ChannelStatistics;
import org.precis.imaging.stain.LabStatistics;
import org.precis.testing.SystemTools;

class PatchSetsTest {

    @TempDir
    Path folder;

    static PatchSet example(StainNormalisation stain) {
        Optional<LabStatistics> target = stain == StainNormalisation.REINHARD
                ? Optional.of(new LabStatistics(
                        new ChannelStatistics(60.5, 12.25),
                        new ChannelStatistics(18, 6.5),
                        new ChannelStatistics(-8.75, 4.125)))
                : Optional.empty();
        PatchRecipe recipe = new PatchRecipe(
                "mobilenet_v2", "0123456789abcdef".repeat(4), ViewSet.DIHEDRAL8, List.of(1.0, 0.5), stain, target);
        float[] features = new float[3 * 4];
        for (int i = 0; i < features.length; i++) {
            features[i] = i * 0.25f - 1.5f;
        }
        return new PatchSet(
                3,
                4,
                features,
                List.of("a/1.jpeg", "b/é 2.png", "c/3.tif"),
                new int[] {0, 1, 1},
                List.of("lung_aca", "lung_n"),
                recipe,
                "fe".repeat(32),
                "0.1.0");
    }

    @Test
    void aDamagedPatchSetIsOneLineWithoutTheReadersClassNames() throws IOException {
        Path file = folder.resolve("whole.h5");
        new PatchSets().write(example(StainNormalisation.NONE), file);
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = folder.resolve("damaged.h5");
        Files.write(damaged, java.util.Arrays.copyOf(bytes, 600));
        assertThatThrownBy(() -> new PatchSets().read(damaged))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(damaged + ": ")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPatchSetRoundTripsWithItsRecipe() throws IOException {
        for (StainNormalisation stain : StainNormalisation.values()) {
            PatchSet set = example(stain);
            Path file = folder.resolve(stain + ".h5");
            new PatchSets().write(set, file);
            assertThat(new PatchSets().read(file)).isEqualTo(set);
        }
        try (var listing = Files.list(folder)) {
            // Only the sets themselves: no temporary sibling is left behind.
            assertThat(listing.filter(p -> p.getFileName().toString().startsWith("."))
                            .toList())
                    .isEmpty();
        }
    }

    @Test
    void aFileThatIsNotAPatchSetIsNamed() throws IOException {
        Path file = folder.resolve("junk.h5");
        Files.writeString(file, "not HDF5 at all");
        assertThatThrownBy(() -> new PatchSets().read(file))
                .isInstanceOf(PatchInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> new PatchSets().read(folder.resolve("absent.h5")))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining("absent.h5");
    }

    @Test
    void aRecipeRoundTripsAsJson() {
        PatchRecipes recipes = new PatchRecipes();
        PatchRecipe recipe = example(StainNormalisation.REINHARD).recipe();
        assertThat(recipes.fromText(recipes.toText(recipe), "test")).isEqualTo(recipe);
        assertThatThrownBy(() -> recipes.fromText("{\"encoder\": \"x\"}", "model.json"))
                .hasMessageStartingWith("model.json: bad embedding recipe");
    }

    @Test
    void perViewFeaturesRoundTripAndSetsWithoutThemStayReadable() throws IOException {
        PatchSet plain = example(StainNormalisation.NONE);
        float[] views = new float[3 * 8 * 4];
        for (int i = 0; i < views.length; i++) {
            views[i] = i * 0.125f - 3;
        }
        PatchSet withViews = new PatchSet(
                plain.count(),
                plain.dimension(),
                plain.features(),
                plain.fileNames(),
                plain.classIndex(),
                plain.classNames(),
                plain.recipe(),
                plain.dataSha256(),
                plain.softwareVersion(),
                8,
                views);
        Path file = folder.resolve("views.h5");
        new PatchSets().write(withViews, file);
        PatchSet read = new PatchSets().read(file);
        assertThat(read).isEqualTo(withViews);
        assertThat(read.viewRows(2)[7])
                .containsExactly(views[2 * 32 + 28], views[2 * 32 + 29], views[2 * 32 + 30], views[2 * 32 + 31]);
        Path older = folder.resolve("plain.h5");
        new PatchSets().write(plain, older);
        assertThat(new PatchSets().read(older).hasViewFeatures()).isFalse();
        assertThat(new PatchSets().read(older).viewRows(1)).hasNumberOfRows(1);
        assertThatThrownBy(() -> new PatchSet(
                        3,
                        4,
                        plain.features(),
                        plain.fileNames(),
                        plain.classIndex(),
                        plain.classNames(),
                        plain.recipe(),
                        plain.dataSha256(),
                        "0.1.0",
                        8,
                        new float[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per-view");
    }

    @Test
    void h5pyReadsThePerViewFeaturesAsNByVByD() throws Exception {
        PatchSet plain = example(StainNormalisation.NONE);
        float[] views = new float[3 * 2 * 4];
        for (int i = 0; i < views.length; i++) {
            views[i] = i;
        }
        Path file = folder.resolve("views.h5");
        new PatchSets()
                .write(
                        new PatchSet(
                                3,
                                4,
                                plain.features(),
                                plain.fileNames(),
                                plain.classIndex(),
                                plain.classNames(),
                                plain.recipe(),
                                plain.dataSha256(),
                                "0.1.0",
                                2,
                                views),
                        file);
        Process python = SystemTools.fromLauncher()
                .python(
                        List.of("h5py"),
                        "-c",
                        "import h5py, sys\n"
                                + "f = h5py.File(sys.argv[1], 'r')\n"
                                + "v = f['view_features']\n"
                                + "print(v.dtype, v.shape, float(v[2, 1, 3]), f['features'].shape)",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes()).trim();
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo("float32 (3, 2, 4) 23.0 (3, 4)");
    }
}
