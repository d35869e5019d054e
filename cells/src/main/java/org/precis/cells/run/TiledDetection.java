package org.precis.cells.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.output.Cell;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * Runs a detector, and the classification stage when there is one, over the tiles of a grid on {@code threads} threads, at most two tiles a thread
 * in memory at once, and records each finished tile in the journal from the driving thread (so the
 * journal is written by one thread, and the results do not depend on which thread finished first).
 * Tiles the journal already holds are not detected again.
 */
final class TiledDetection {

    private final NucleusDetector detector;
    private final NucleusCaller caller;
    private final int threads;
    private final LongSupplier nanoTime;

    TiledDetection(NucleusDetector detector, NucleusCaller caller, int threads, LongSupplier nanoTime) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.detector = detector;
        this.caller = caller;
        this.threads = threads;
        this.nanoTime = nanoTime;
    }

    private record Done(DetectionTile tile, List<Cell> cells, int oversized) {}

    TileRunResult run(
            PixelSource pixels,
            DetectionGrid grid,
            TilePlacement placement,
            double mpp,
            DetectionJournal journal,
            DetectionListener listener)
            throws IOException, SlideException {
        List<DetectionTile> tiles = grid.tiles();
        int resumed = journal.finishedTiles();
        long start = nanoTime.getAsLong();
        long nucleiBefore = journal.nuclei();
        long oversized = 0;
        listener.progressed(new DetectionProgress(resumed, tiles.size(), resumed, nucleiBefore, 0, 0));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<Done> completion = new ExecutorCompletionService<>(pool);
            int inFlight = 0;
            int next = 0;
            int done = resumed;
            while (next < tiles.size() || inFlight > 0) {
                while (next < tiles.size() && inFlight < 2 * threads) {
                    DetectionTile tile = tiles.get(next++);
                    if (journal.finished(tile.index())) {
                        continue;
                    }
                    completion.submit(() -> {
                        RgbImage image = pixels.read(tile.x(), tile.y(), tile.width(), tile.height());
                        List<Nucleus> found = detector.detect(image, mpp);
                        TilePlacement.Kept kept = placement.keep(tile, found);
                        return new Done(tile, cells(image, mpp, kept), kept.oversized());
                    });
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Done finished = take(completion);
                inFlight--;
                journal.append(finished.tile().index(), finished.cells());
                oversized += finished.oversized();
                done++;
                listener.progressed(new DetectionProgress(
                        done,
                        tiles.size(),
                        resumed,
                        journal.nuclei(),
                        journal.nuclei() - nucleiBefore,
                        (nanoTime.getAsLong() - start) / 1e9));
            }
        } finally {
            pool.shutdownNow();
        }
        return new TileRunResult(
                tiles.size(), resumed, journal.nuclei(), oversized, (nanoTime.getAsLong() - start) / 1e9);
    }

    /** The kept nuclei as cells, called on the tile's own pixels when there is a classification stage. */
    private List<Cell> cells(RgbImage image, double mpp, TilePlacement.Kept kept) throws IOException {
        List<Cell> cells = new ArrayList<>(kept.nuclei().size());
        if (!caller.callsOnTiles() || kept.nuclei().isEmpty()) {
            kept.nuclei().forEach(n -> cells.add(Cell.unclassified(n)));
            return cells;
        }
        List<ClassCall> calls = caller.call(image, mpp, kept.centroids());
        for (int i = 0; i < calls.size(); i++) {
            ClassCall call = calls.get(i);
            cells.add(new Cell(kept.nuclei().get(i), Optional.of(call.classification()), call.probability()));
        }
        return cells;
    }

    private static Done take(CompletionService<Done> completion) throws IOException, SlideException {
        try {
            Future<Done> future = completion.take();
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while detecting nuclei", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SlideException slide) {
                throw slide;
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
