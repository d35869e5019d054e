package org.precis.slide.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.slide.codec.Codecs;
import org.precis.slide.deepzoom.DeepZoomPyramid;
import org.precis.slide.deepzoom.DeepZoomSettings;
import org.precis.slide.deepzoom.TileEncoder;
import org.precis.slide.spi.ReadLimits;

/**
 * The Java half of {@code bench/deepzoom-vs-openslide.sh}: the tile list of
 * {@code bench/openslide_deepzoom.py} served through {@link DeepZoomPyramid} and
 * {@link TileEncoder} with 1 and 8 clients, printed as the same JSON line. Each run opens the
 * slide afresh (an empty decoded-tile cache, as a fresh OpenSlide handle); a warm-up run on
 * another seed compiles the code first, as a server that has run a while has.
 *
 * <p>Usage: {@code DeepZoomBenchMain SLIDE [--count N] [--seed S] [--levels L] [--threads 1,8]
 * [--warmup N] [--encoder system|java]}
 */
public final class DeepZoomBenchMain {

    private DeepZoomBenchMain() {}

    public static void main(String[] args) throws Exception {
        Path slidePath = Path.of(args[0]);
        int count = 1000;
        long seed = 13;
        int levels = 3;
        int warmup = 300;
        String encoderName = "system";
        List<Integer> threadCounts = List.of(1, 8);
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--levels" -> levels = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--encoder" -> encoderName = args[i + 1];
                case "--threads" -> {
                    List<Integer> parsed = new ArrayList<>();
                    for (String part : args[i + 1].split(",")) {
                        parsed.add(Integer.parseInt(part.trim()));
                    }
                    threadCounts = parsed;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DeepZoomSettings settings = DeepZoomSettings.openSlideDefaults();
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        ArrayNode runs = out.putArray("runs");
        String listHash = null;
        int maxThreads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
        try (Codecs java = Codecs.javaOnly(ReadLimits.DEFAULT.maxTilePixels())) {
            if (warmup > 0) {
                try (Slides slides = Slides.withDefaults();
                        Slide slide = slides.open(slidePath)) {
                    DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, settings);
                    TileEncoder encoder = TileEncoder.of(encoderName.equals("java") ? java : slides.codecs());
                    new DeepZoomBenchmark(maxThreads)
                            .run(pyramid, encoder, DeepZoomTileSample.draw(pyramid, warmup, seed + 1, levels), pool);
                }
            }
            for (int threads : threadCounts) {
                try (Slides slides = Slides.withDefaults();
                        Slide slide = slides.open(slidePath)) {
                    DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, settings);
                    TileEncoder encoder = TileEncoder.of(encoderName.equals("java") ? java : slides.codecs());
                    DeepZoomTileSample sample = DeepZoomTileSample.draw(pyramid, count, seed, levels);
                    listHash = sample.sha256();
                    DeepZoomBenchResult result = new DeepZoomBenchmark(threads).run(pyramid, encoder, sample, pool);
                    ObjectNode run = runs.addObject();
                    run.put("threads", result.threads());
                    run.put("tiles_per_second", round(result.tilesPerSecond()));
                    run.put("p50_ms", round(result.p50Millis()));
                    run.put("p95_ms", round(result.p95Millis()));
                    run.put("seconds", round(result.seconds()));
                    run.put("jpeg_bytes", result.bytes());
                    out.put("jpeg", encoder.jpegImplementation());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        ObjectNode line = json.createObjectNode();
        line.put("implementation", "precis");
        line.put("slide", slidePath.getFileName().toString());
        line.put("tiles", count);
        line.put("seed", seed);
        line.put("levels", levels);
        line.put("tile_list_sha256", listHash);
        line.put("warmup_tiles", warmup);
        line.put("jpeg", out.get("jpeg").asText());
        line.set("runs", runs);
        System.out.println(json.writeValueAsString(line));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
