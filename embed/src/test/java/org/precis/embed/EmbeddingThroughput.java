package org.precis.embed;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.slide.RgbImage;

/**
 * Measures MobileNetV2 embedding throughput on the 555 LC25000 patches: end to end (ImageIO
 * decode, tensor, inference) against inference alone on tensors built beforehand, in one run.
 * Not a test: run by hand, arguments {@code [batch] [intra-op threads] [rounds] [loader threads]} (default 32 2 3 1);
 * the pipelined figure is {@code PatchEmbedder} with the plain recipe (one view, whole patch, no
 * stain normalisation), which decodes on the loader threads while the model runs.
 *
 * <pre>java -cp embed/target/test-classes:embed/target/classes:$(cat cp) org.precis.embed.EmbeddingThroughput</pre>
 */
public final class EmbeddingThroughput {

    private EmbeddingThroughput() {}

    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int loaderThreads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<Path> paths = TestData.lc25000Patches();
        EncoderDescriptor descriptor = new EncoderDescriptors().resolve("mobilenet_v2", TestData.root());
        InputBatch inputs = new InputBatch(descriptor);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        ExecutorService loaders = Executors.newFixedThreadPool(loaderThreads);
        try (OnnxEncoder encoder = OnnxEncoder.open(environment, descriptor, new OnnxEncoderOptions(threads, batch))) {
            String sha256 = PatchEmbedder.modelSha256(encoder);
            PatchRecipe plain = new PatchRecipe(
                    descriptor.name(),
                    sha256,
                    ViewSet.IDENTITY,
                    List.of(1.0),
                    StainNormalisation.NONE,
                    Optional.empty());
            List<float[]> tensors = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int start = 0; start < paths.size(); start += batch) {
                List<RgbImage> tiles = new ArrayList<>();
                for (Path path : paths.subList(start, Math.min(paths.size(), start + batch))) {
                    tiles.add(TestData.decode(path));
                }
                tensors.add(inputs.values(tiles));
                sizes.add(tiles.size());
            }
            encoder.run(tensors.get(0), sizes.get(0));
            System.out.printf(
                    Locale.ROOT,
                    "%d patches, batch %d, %d intra-op threads, %d cores%n",
                    paths.size(),
                    batch,
                    threads,
                    Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                long decodeNanos = 0;
                int done = 0;
                for (int start = 0; start < paths.size(); start += batch) {
                    long d0 = System.nanoTime();
                    List<RgbImage> tiles = new ArrayList<>();
                    for (Path path : paths.subList(start, Math.min(paths.size(), start + batch))) {
                        tiles.add(TestData.decode(path));
                    }
                    decodeNanos += System.nanoTime() - d0;
                    done += encoder.embed(tiles).size();
                }
                double endToEnd = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                for (int b = 0; b < tensors.size(); b++) {
                    encoder.run(tensors.get(b), sizes.get(b));
                }
                double inference = (System.nanoTime() - t1) / 1e9;
                long t2 = System.nanoTime();
                int pipelinedCount = new PatchEmbedder(encoder, sha256, loaders)
                        .embed(paths, plain, patches -> {})
                        .size();
                double pipelined = (System.nanoTime() - t2) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "round %d: end-to-end %.2f s = %.1f tiles/s (decode %.2f s); inference only %.2f s = %.1f "
                                + "tiles/s; end-to-end / inference time %.2f; pipelined (%d loader threads) %.2f s = "
                                + "%.1f tiles/s%n",
                        round,
                        endToEnd,
                        done / endToEnd,
                        decodeNanos / 1e9,
                        inference,
                        done / inference,
                        endToEnd / inference,
                        loaderThreads,
                        pipelined,
                        pipelinedCount / pipelined);
            }
        } finally {
            loaders.shutdownNow();
        }
    }
}
