package org.precis.embed.pipeline;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.precis.embed.Encoder;
import org.precis.embed.EncoderException;
import org.precis.slide.Slide;

/**
 * Embeds the tiles of a slide with the encoder busy all the time: tiles are read, decoded and
 * turned into model input on the caller's executor, one task per tile (so that all readers work
 * on the first batch too), up to {@code batchesAhead} batches ahead of the batch the encoder runs
 * on the calling thread; the first batch is a quarter of the size, so that the model starts early. Vectors reach the sink in the plan's order, on the calling thread. At
 * most {@code batchesAhead + 1} batches of tiles are held, whatever the slide's size.
 *
 * <p>A tile whose read fails with a {@code SlideException} (a corrupt tile in the file) is left
 * out, told to the listener and counted; any other failure ends the run.
 */
public final class SlideEmbedding {

    private final Encoder encoder;
    private final ExecutorService readers;
    private final PipelineSettings settings;

    public SlideEmbedding(Encoder encoder, ExecutorService readers, PipelineSettings settings) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Encoder encoder() {
        return encoder;
    }

    public PipelineSettings settings() {
        return settings;
    }

    /**
     * Embeds every tile of {@code plan}, giving each vector to {@code sink} as soon as its batch
     * has run.
     *
     * @throws IllegalArgumentException if the plan's tile size is not the encoder's input size
     * @throws EncoderException if the model fails
     * @throws InterruptedIOException if the calling thread is interrupted
     */
    public EmbeddingSummary run(Slide slide, TilePlan plan, Consumer<TileEmbedding> sink, EmbeddingListener listener)
            throws EncoderException, InterruptedIOException {
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(listener, "listener");
        TileReader reader = new TileReader(slide, plan.grid(), encoder);
        List<SlideTile> tiles = plan.tiles();
        listener.started(slide.path(), tiles.size());
        AtomicBoolean stopped = new AtomicBoolean();
        Deque<CompletableFuture<TileRead>> ahead = new ArrayDeque<>();
        int window = settings.batchSize() * (settings.batchesAhead() + 1);
        int next = 0;
        int embedded = 0;
        int skipped = 0;
        try {
            while (next < tiles.size() && ahead.size() < window) {
                ahead.add(submit(reader, tiles.get(next++), stopped));
            }
            int batchSize = firstBatchSize();
            while (!ahead.isEmpty()) {
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("interrupted after " + (embedded + skipped) + " of "
                            + tiles.size() + " tiles");
                }
                List<TileRead> reads = new ArrayList<>(batchSize);
                while (reads.size() < batchSize && !ahead.isEmpty()) {
                    reads.add(await(ahead.removeFirst()));
                    if (next < tiles.size()) {
                        ahead.add(submit(reader, tiles.get(next++), stopped));
                    }
                }
                InputBatch batch = InputBatch.of(reads);
                for (int i = 0; i < batch.failed().size(); i++) {
                    listener.skipped(batch.failed().get(i).tile(), batch.failure(i));
                }
                skipped += batch.failed().size();
                if (!batch.tiles().isEmpty()) {
                    List<float[]> vectors = encoder.run(batch.values(), batch.tiles().size());
                    for (int i = 0; i < vectors.size(); i++) {
                        sink.accept(new TileEmbedding(batch.tiles().get(i), vectors.get(i)));
                    }
                    embedded += vectors.size();
                }
                listener.progressed(batch.size());
                batchSize = settings.batchSize();
            }
        } finally {
            stopped.set(true);
            drain(ahead);
        }
        return new EmbeddingSummary(tiles.size(), embedded, skipped);
    }

    /**
     * A quarter of the batch size: the model starts once a few tiles are read rather than a whole
     * batch, which on a small slide is much of the run; later batches are whole.
     */
    private int firstBatchSize() {
        return Math.max(1, settings.batchSize() / 4);
    }

    private CompletableFuture<TileRead> submit(TileReader reader, SlideTile tile, AtomicBoolean stopped) {
        return CompletableFuture.supplyAsync(() -> stopped.get() ? null : reader.read(tile), readers);
    }

    private static TileRead await(CompletableFuture<TileRead> future) throws InterruptedIOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading tiles");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("tile reading failed", cause);
        }
    }

    /**
     * Waits for reads still running, which stop at their next tile, so that none outlives the
     * run and touches a slide its caller is about to close.
     */
    private static void drain(Deque<CompletableFuture<TileRead>> ahead) {
        boolean interrupted = false;
        for (CompletableFuture<TileRead> future : ahead) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
