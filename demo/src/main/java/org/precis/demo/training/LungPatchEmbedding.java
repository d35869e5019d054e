package org.precis.demo.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;

/**
 * The LC25000 lung patches of the shared data embedded with MobileNetV2: as the demo embeds them
 * ({@link Recipe#DEMO}: 8 flips and rotations, as scanned and Reinhard-normalised) or, for tests,
 * each patch once as it is ({@link Recipe#IDENTITY}, 16 times faster). The set is written to a
 * file and read back from it when it is already there, so a benchmark embeds once.
 */
public final class LungPatchEmbedding {
    public static final String ENCODER = "mobilenet_v2";
    public static final String SOFTWARE_VERSION = "precis-demo";

    /** Which views and stains each patch is embedded with. */
    public enum Recipe {
        /** The demo's: dihedral8 views of the patch as scanned and Reinhard-normalised. */
        DEMO(ViewSet.DIHEDRAL8, List.of(StainNormalisation.NONE, StainNormalisation.REINHARD)),
        /** Each patch once, as scanned. */
        IDENTITY(ViewSet.IDENTITY, List.of(StainNormalisation.NONE));

        private final ViewSet views;
        private final List<StainNormalisation> stains;

        Recipe(ViewSet views, List<StainNormalisation> stains) {
            this.views = views;
            this.stains = stains;
        }
    }

    private LungPatchEmbedding() {}

    /** The LC25000 lung folder under the data root. */
    public static Path folder(Path dataRoot) {
        return dataRoot.resolve("samples").resolve("patches").resolve("lung_LC25000_224px");
    }

    /**
     * The embedded patch set in {@code file}, embedding it there first when the file is missing.
     *
     * @param threads ONNX Runtime and image decoding threads
     */
    public static PatchSet embedded(Path dataRoot, Recipe recipe, Path file, int threads, IntConsumer progress)
            throws IOException, EncoderException {
        PatchSets sets = new PatchSets();
        if (Files.isRegularFile(file)) {
            return sets.read(file);
        }
        Path folder = folder(dataRoot);
        LabelledPatches patches = LabelledPatches.read(folder, folder.resolve("labels.csv"));
        Encoders encoders = new Encoders(dataRoot);
        int n = Math.max(1, threads);
        PatchSet set;
        try (PatchEncoding encoding =
                PatchEncoding.open(encoders, encoders.descriptor(ENCODER), new OnnxEncoderOptions(n, 32), n)) {
            set = encoding.embedder()
                    .embed(patches, recipe.views, List.of(1.0), recipe.stains, SOFTWARE_VERSION, progress);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        sets.write(set, file);
        return set;
    }

    /** {@code LungPatchEmbedding DATA_ROOT demo|identity OUT.h5}: embeds (or finds) the set and prints its size. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        PatchSet set = embedded(
                Path.of(args[0]),
                Recipe.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)),
                Path.of(args[2]),
                2,
                done -> {});
        System.out.printf("%s in %.1f s%n", set, (System.nanoTime() - start) / 1e9);
    }
}
