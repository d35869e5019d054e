package org.precis.cells.nuclei.classical;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.precis.cells.nuclei.Nucleus;
import org.precis.imaging.stain.StainMatrix;
import org.precis.slide.RgbImage;

/**
 * Times the classical detector over a set of images (decoded before timing) on a fixed number of
 * threads, one image per task; run by {@code bench/cells-detect.sh} beside the scikit-image version
 * of the same steps. Arguments: stains ({@code standard} or {@code estimated}), µm/px, threads,
 * warm-up rounds, timed rounds, image files. Prints one line per timed round and the median.
 */
public final class DetectBench {

    private DetectBench() {}

    public static void main(String[] args) throws Exception {
        ClassicalDetectorSettings settings = args[0].equals("standard")
                ? ClassicalDetectorSettings.defaults().withGivenStains(StainMatrix.HAEMATOXYLIN_EOSIN_DAB)
                : ClassicalDetectorSettings.defaults();
        double mpp = Double.parseDouble(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<RgbImage> images = new ArrayList<>();
        long pixels = 0;
        for (int i = 5; i < args.length; i++) {
            images.add(read(Path.of(args[i])));
            pixels += (long) images.get(images.size() - 1).width()
                    * images.get(images.size() - 1).height();
        }
        double mm2 = pixels * mpp * mpp / 1e6;
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(settings);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] seconds = new double[rounds];
            double[] cpuSeconds = new double[rounds];
            long nuclei = 0;
            for (int round = -warmup; round < rounds; round++) {
                long start = System.nanoTime();
                java.util.concurrent.atomic.LongAdder cpu = new java.util.concurrent.atomic.LongAdder();
                List<Future<List<Nucleus>>> results = new ArrayList<>();
                for (RgbImage image : images) {
                    results.add(pool.submit(() -> {
                        long cpuStart = threads().getCurrentThreadCpuTime();
                        List<Nucleus> found = detector.detect(image, mpp);
                        cpu.add(threads().getCurrentThreadCpuTime() - cpuStart);
                        return found;
                    }));
                }
                nuclei = 0;
                for (Future<List<Nucleus>> result : results) {
                    nuclei += result.get().size();
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (round >= 0) {
                    seconds[round] = elapsed;
                    cpuSeconds[round] = cpu.sum() / 1e9;
                    System.out.printf(
                            Locale.ROOT,
                            "precis round %d: %.3f s, cpu %.3f s, %d nuclei%n",
                            round,
                            elapsed,
                            cpuSeconds[round],
                            nuclei);
                }
            }
            Arrays.sort(seconds);
            double median = seconds[rounds / 2];
            Arrays.sort(cpuSeconds);
            System.out.printf(
                    Locale.ROOT,
                    "precis-%s median %.3f s images %d nuclei %d mm2 %.4f nuclei_per_s %.1f mm2_per_s %.4f cpu_s %.3f%n",
                    args[0],
                    median,
                    images.size(),
                    nuclei,
                    mm2,
                    nuclei / median,
                    mm2 / median,
                    cpuSeconds[rounds / 2]);
        } finally {
            pool.shutdown();
        }
    }

    private static RgbImage read(Path file) throws IOException {
        var image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IllegalArgumentException(file + ": not an image ImageIO can read");
        }
        return RgbImage.of(image);
    }

    private static java.lang.management.ThreadMXBean threads() {
        return java.lang.management.ManagementFactory.getThreadMXBean();
    }
}
