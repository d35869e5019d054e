package org.precis.slide.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.precis.slide.SlideException;
import org.precis.slide.deepzoom.DeepZoomPyramid;
import org.precis.slide.deepzoom.TileAddress;
import org.precis.slide.deepzoom.TileEncoder;

/**
 * Serves a list of Deep Zoom tiles as a tile server would without its HTTP: each tile rendered
 * by {@link DeepZoomPyramid} and compressed by {@link TileEncoder}, no cache of compressed tiles
 * (OpenSlide's deepzoom server keeps none either), on {@code threads} closed-loop clients that
 * each take the next tile of the list when their last one is done. A tile's latency is the time
 * from taking it to having its bytes.
 *
 * @param threads the concurrent clients, at least 1; the pool that runs them is the caller's
 */
public record DeepZoomBenchmark(int threads) {

    public DeepZoomBenchmark {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public DeepZoomBenchResult run(
            DeepZoomPyramid pyramid, TileEncoder encoder, DeepZoomTileSample sample, ExecutorService pool)
            throws SlideException, InterruptedException {
        List<TileAddress> tiles = sample.tiles();
        long[] nanos = new long[tiles.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        List<Future<Void>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < tiles.size(); i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    byte[] jpeg = encoder.encode(pyramid.tile(tiles.get(i)), pyramid.settings());
                    nanos[i] = System.nanoTime() - begin;
                    bytes.addAndGet(jpeg.length);
                }
                return null;
            }));
        }
        try {
            for (Future<Void> client : clients) {
                client.get();
            }
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
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new DeepZoomBenchResult(
                threads,
                tiles.size(),
                seconds,
                tiles.size() / seconds,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.95) / 1e6,
                bytes.get());
    }

    /** The nearest-rank percentile, as Python's {@code sorted(x)[ceil(p n) - 1]}. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
