package org.precis.cells.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * Computes something of the pixels around points of a run's region on the tile whose core holds
 * each point, the tile that would keep a nucleus centred there: a point is then seen on the same
 * pixels whatever the tiling, as a kept nucleus is, provided what is computed reaches no further
 * than the tiles' half overlap. Tiles are read once each, on {@code threads} threads.
 */
public final class PointPixels {

    /** What is computed on one tile for the points its core holds. */
    @FunctionalInterface
    public interface TileFunction<T> {

        /**
         * One result for each point {@code {x, y}} (pixels of {@code tile}, continuous coordinates),
         * in order; {@code tile}'s pixel size is {@code mpp} µm.
         */
        List<T> apply(RgbImage tile, double mpp, List<double[]> points) throws IOException;
    }

    private final PixelSource pixels;
    private final DetectionGrid grid;
    private final List<DetectionTile> tiles;
    private final PixelRegion region;
    private final WorkingResolution resolution;
    private final int threads;

    PointPixels(PixelSource pixels, DetectionGrid grid, PixelRegion region, WorkingResolution resolution, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pixels = pixels;
        this.grid = grid;
        this.tiles = grid.tiles();
        this.region = region;
        this.resolution = resolution;
        this.threads = threads;
    }

    /** The run's level-0 region, which every point lies in. */
    public PixelRegion region() {
        return region;
    }

    /** µm per level-0 pixel, the unit of the points. */
    public double levelZeroMpp() {
        return resolution.slideMpp();
    }

    /**
     * {@code function}'s result at each of {@code points} ({@code {x, y}}, level-0 pixels of the
     * slide, within the run's region), in order.
     */
    public <T> List<T> at(List<double[]> points, TileFunction<T> function) throws IOException, SlideException {
        TreeMap<Integer, List<Integer>> byTile = new TreeMap<>();
        List<double[]> inTile = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double x = (points.get(i)[0] - region.x()) / resolution.downsample();
            double y = (points.get(i)[1] - region.y()) / resolution.downsample();
            int column = Math.min(grid.columns() - 1, Math.max(0, (int) Math.floor(x / grid.tileSizePx())));
            int row = Math.min(grid.rows() - 1, Math.max(0, (int) Math.floor(y / grid.tileSizePx())));
            DetectionTile tile = tiles.get(row * grid.columns() + column);
            inTile.add(new double[] {x - tile.x(), y - tile.y()});
            byTile.computeIfAbsent(tile.index(), k -> new ArrayList<>()).add(i);
        }
        List<T> results = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            results.add(null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (var entry : byTile.entrySet()) {
                DetectionTile tile = tiles.get(entry.getKey());
                List<double[]> own = entry.getValue().stream().map(inTile::get).toList();
                futures.add(pool.submit(() -> {
                    RgbImage image = pixels.read(tile.x(), tile.y(), tile.width(), tile.height());
                    List<T> out = function.apply(image, resolution.mpp(), own);
                    if (out.size() != own.size()) {
                        throw new IllegalStateException(
                                "expected " + own.size() + " results on tile " + tile.index() + ", got " + out.size());
                    }
                    return out;
                }));
            }
            int f = 0;
            for (List<Integer> indices : byTile.values()) {
                List<T> out = get(futures.get(f++));
                for (int k = 0; k < indices.size(); k++) {
                    results.set(indices.get(k), out.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static <T> T get(Future<T> future) throws IOException, SlideException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading tiles around points", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SlideException slide) {
                throw slide;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }
}
