package org.precis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide bench}: reads every tile of a square grid at level 0 once, starting from
 * an empty tile cache (cold: every file tile is decoded at least once, as OpenSlide's own
 * cache would), and reports tiles per second.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Read every tile of a grid at level 0 "
        + "once, cold, and report tiles per second.")
final class SlideBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(names = "--threads", defaultValue = "1", description = "Reading threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--tile", defaultValue = "256", description = "Grid tile size in pixels (default ${DEFAULT-VALUE}).")
    int tile;

    @Option(names = "--cache-mb", description = "Tile cache size in MiB (default: the engine's default).")
    Long cacheMb;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    record Result(String file, long tiles, double seconds, double tilesPerSecond, int threads, int tile) {
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || tile < 1) {
            throw new IllegalArgumentException("--threads and --tile must be at least 1");
        }
        Result result;
        long cacheBytes = cacheMb == null ? Slides.DEFAULT_CACHE_BYTES : cacheMb << 20;
        try (Slides slides = Slides.withCache(cacheBytes); Slide slide = slides.open(file)) {
            result = run(slide);
        }
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().printf("%d tiles in %.3f s: %.1f tiles/s (%d thread%s, %d px tiles)%n",
                    result.tiles(), result.seconds(), result.tilesPerSecond(), threads, threads == 1 ? "" : "s", tile);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private Result run(Slide slide) throws Exception {
        SlideLevel base = slide.levels().get(0);
        long columns = (base.width() + tile - 1) / tile;
        long rows = (base.height() + tile - 1) / tile;
        long total = columns * rows;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        slide.readRegion(RegionRequest.atLevel(0, (i % columns) * tile, (i / columns) * tile, tile, tile));
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(slide.path().toString(), total, seconds, total / seconds, threads, tile);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
