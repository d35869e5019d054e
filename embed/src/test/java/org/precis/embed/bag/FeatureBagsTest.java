package org.precis.embed.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureBagsTest {

    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final Path H5PY_FIXTURE = Path.of("src/test/fixtures/h5/bag_written_by_h5py.h5");

    @TempDir
    Path folder;

    private final FeatureBags bags = new FeatureBags();

    /** features[i, j] = i / 4 - j / 16 and coords[i] = (1000 i + 3, 2000 i), as check_with_h5py.py expects. */
    static FeatureBag formulaBag(int count, int dimension, Optional<Double> mpp) {
        float[] features = new float[count * dimension];
        long[] coords = new long[2 * count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < dimension; j++) {
                features[i * dimension + j] = i * 0.25f - j / 16f;
            }
            coords[2 * i] = 1000L * i + 3;
            coords[2 * i + 1] = 2000L * i;
        }
        return new FeatureBag(
                count, dimension, features, coords, new BagProvenance("mobilenet_v2", 224, mpp, SHA, "0.1.0-SNAPSHOT"));
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        FeatureBag bag = formulaBag(7, 1280, Optional.of(0.5));
        Path file = folder.resolve("slide.h5");

        bags.write(bag, file);
        FeatureBag read = bags.read(file);

        assertThat(read).isEqualTo(bag);
        assertThat(read.provenance().targetMpp()).contains(0.5);
        assertThat(read.feature(6)[1279]).isEqualTo(6 * 0.25f - 1279 / 16f);
        assertThat(read.x(6)).isEqualTo(6003);
        assertThat(read.y(6)).isEqualTo(12000);
    }

    @Test
    void roundTripsTheModelHashTissueMinimumAndSkippedCount() throws IOException {
        FeatureBag plain = formulaBag(5, 8, Optional.of(0.5));
        BagProvenance full = new BagProvenance(
                "mobilenet_v2",
                Optional.of("AB".repeat(32)),
                224,
                Optional.of(0.5),
                Optional.of(0.25),
                SHA,
                "0.1.0-SNAPSHOT",
                Optional.of(3L));
        FeatureBag bag = new FeatureBag(5, 8, plain.features(), plain.coords(), full);
        Path file = folder.resolve("full.h5");

        bags.write(bag, file);

        assertThat(bags.read(file)).isEqualTo(bag);
        assertThat(bags.readProvenance(file)).isEqualTo(full);
        assertThat(full.modelSha256()).contains("ab".repeat(32));
        assertThat(full.sameSourceAs(full.withSkippedTiles(0))).isTrue();
        assertThat(full.sameSourceAs(new BagProvenance(
                        "mobilenet_v2",
                        Optional.of("ab".repeat(32)),
                        224,
                        Optional.of(0.5),
                        Optional.of(0.5),
                        SHA,
                        "0.1.0-SNAPSHOT",
                        Optional.of(3L))))
                .isFalse();
        assertThat(bags.readProvenance(folder.resolve("full.h5")).skippedTiles())
                .contains(3L);
        assertThat(bags.readProvenance(writeOld()))
                .isEqualTo(new BagProvenance("mobilenet_v2", 224, Optional.of(0.5), SHA, "0.1.0-SNAPSHOT"));
    }

    private Path writeOld() throws IOException {
        Path file = folder.resolve("old.h5");
        bags.write(formulaBag(2, 3, Optional.of(0.5)), file);
        return file;
    }

    @Test
    void keepsAMissingPixelSizeMissing() throws IOException {
        FeatureBag bag = formulaBag(3, 4, Optional.empty());
        Path file = folder.resolve("no-mpp.h5");

        bags.write(bag, file);

        assertThat(bags.read(file).provenance().targetMpp()).isEmpty();
    }

    @Test
    void writesTheLayoutClamAndTridentRead() throws IOException {
        Path file = folder.resolve("layout.h5");
        bags.write(formulaBag(4, 6, Optional.of(0.25)), file);

        try (HdfFile hdf = new HdfFile(file)) {
            assertThat(hdf.getDatasetByPath("features").getDimensions()).containsExactly(4, 6);
            assertThat(hdf.getDatasetByPath("features").getJavaType()).isEqualTo(float.class);
            assertThat(hdf.getDatasetByPath("coords").getDimensions()).containsExactly(4, 2);
            assertThat(hdf.getDatasetByPath("coords").getJavaType()).isEqualTo(long.class);
            assertThat(hdf.getDatasetByPath("coords").getAttribute("patch_size").getData())
                    .isEqualTo(224L);
            assertThat(hdf.getDatasetByPath("coords")
                            .getAttribute("patch_level")
                            .getData())
                    .isEqualTo(0L);
            assertThat(hdf.getAttribute("encoder").getData()).isEqualTo("mobilenet_v2");
            assertThat(hdf.getAttribute("slide_sha256").getData()).isEqualTo(SHA);
        }
    }

    @Test
    void leavesNoTemporaryFileAndReplacesAnOldBag() throws IOException {
        Path file = folder.resolve("slide.h5");
        bags.write(formulaBag(2, 3, Optional.empty()), file);
        FeatureBag newer = formulaBag(5, 3, Optional.of(1.0));

        bags.write(newer, file);

        assertThat(bags.read(file)).isEqualTo(newer);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void readsTheBagH5pyWrote() throws IOException {
        FeatureBag bag = bags.read(H5PY_FIXTURE);

        assertThat(bag.count()).isEqualTo(5);
        assertThat(bag.dimension()).isEqualTo(12);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 12; j++) {
                assertThat(bag.features()[i * 12 + j]).isEqualTo(i + j / 8f);
            }
            assertThat(bag.x(i)).isEqualTo(256L * i);
            assertThat(bag.y(i)).isEqualTo(512L * i + 7);
        }
        assertThat(bag.provenance())
                .isEqualTo(new BagProvenance("mobilenet_v2", 224, Optional.of(0.5), "ab".repeat(32), "h5py 3.7.0"));
    }

    /** Not a test of h5py: writes the file that check_with_h5py.py is run on by hand. */
    @Test
    void writesTheFileForTheH5pyCheck() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        FeatureBag bag = formulaBag(9, 1280, Optional.of(0.5));
        bags.write(bag, target.resolve("feature-bag-for-h5py.h5"));

        assertThat(bags.read(target.resolve("feature-bag-for-h5py.h5"))).isEqualTo(bag);
    }

    @Test
    void namesTheFileWhenItIsNotAFeatureBag() throws IOException {
        Path file = folder.resolve("other.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset("features", new float[][] {{1, 2}, {3, 4}});
            hdf.putDataset("coords", new long[][] {{1, 2}});
        }
        assertThatThrownBy(() -> bags.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'coords' must be [N, 2] with N = 2");

        assertThatThrownBy(() -> new FeatureBags(3).read(H5PY_FIXTURE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 3 values");
    }

    @Test
    void saysWhichBagIsDamaged() throws IOException {
        Path file = folder.resolve("truncated.h5");
        bags.write(formulaBag(4, 8, Optional.empty()), file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertThatThrownBy(() -> bags.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void namesTheMissingProvenance() throws IOException {
        Path file = folder.resolve("clam.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset("features", new float[][] {{1, 2}});
            hdf.putDataset("coords", new long[][] {{1, 2}});
        }
        assertThatThrownBy(() -> bags.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a feature bag: " + file + ": attribute 'encoder' is missing");
    }

    @Test
    void refusesInconsistentBags() {
        BagProvenance provenance = new BagProvenance("e", 1, Optional.empty(), SHA, "v");
        assertThatThrownBy(() -> new FeatureBag(2, 3, new float[5], new long[4], provenance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature values");
        assertThatThrownBy(() -> new FeatureBag(2, 3, new float[6], new long[3], provenance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coordinates");
        assertThatThrownBy(() -> new FeatureBag(0, 3, new float[0], new long[0], provenance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one tile");
        assertThatThrownBy(() -> new BagProvenance("e", 1, Optional.empty(), "abc", "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256");
    }
}
