package org.precis.slide.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * Reads every tile of a square grid at level 0 once, on {@code threads} threads taking the next
 * tile in turn. Cold when the slide was opened with an empty tile cache: every file tile is then
 * decoded at least once, as OpenSlide's own cache would.
 *
 * @param threads reading threads, at least 1
 * @param tile grid tile side in pixels, at least 1
 */
public record ReadBenchmark(int threads, int tile) {

    public ReadBenchmark {
        if (threads < 1 || tile < 1) {
            throw new IllegalArgumentException("--threads and --tile must be at least 1");
        }
    }

    public ReadBenchResult run(Slide slide) throws SlideException, InterruptedException {
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
                        slide.readRegion(
                                RegionRequest.atLevel(0, (i % columns) * tile, (i / columns) * tile, tile, tile));
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new ReadBenchResult(slide.path().toString(), total, seconds, total / seconds, threads, tile);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SlideException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
