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
        Feed feed = new Feed(reader, tiles, new AtomicBoolean());
        int window = settings.batchSize() * (settings.batchesAhead() + 1);
        int embedded = 0;
        int skipped = 0;
        try {
            // Every batch's tiles are submitted before it is awaited: the window holds at least a whole batch.
            while (feed.hasNext() && feed.inFlight() < window) {
                feed.submitNext();
            }
            while (feed.hasPending()) {
                if (Thread.interrupted()) {
                    throw new InterruptedIOException(
                            "interrupted after " + (embedded + skipped) + " of " + tiles.size() + " tiles");
                }
                PendingBatch pending = feed.removeFirst();
                List<TileRead> reads = new ArrayList<>(pending.reads.size());
                for (CompletableFuture<TileRead> read : pending.reads) {
                    reads.add(await(read));
                    feed.consumed();
                    if (feed.hasNext()) {
                        feed.submitNext();
                    }
                }
                InputBatch batch = InputBatch.of(reads, pending.slots, reader.valuesPerTile());
                for (int i = 0; i < batch.failed().size(); i++) {
                    listener.skipped(batch.failed().get(i).tile(), batch.failure(i));
                }
                skipped += batch.failed().size();
                if (!batch.tiles().isEmpty()) {
                    List<float[]> vectors =
                            encoder.run(batch.values(), batch.tiles().size());
                    for (int i = 0; i < vectors.size(); i++) {
                        sink.accept(new TileEmbedding(batch.tiles().get(i), vectors.get(i)));
                    }
                    embedded += vectors.size();
                }
                feed.release(pending.slots);
                listener.progressed(batch.size());
            }
        } finally {
            feed.stop();
        }
        return new EmbeddingSummary(tiles.size(), embedded, skipped);
    }

    /**
     * The tiles handed to the readers, grouped by the batch they go into. Each batch has one
     * array of model input, {@code capacity * valuesPerTile} values, that its readers write into,
     * each at its tile's slot, so the batch's input is ready for the model when its last tile is
     * read, with no per-tile arrays and nothing joined on the model's thread. Whole batches'
     * arrays are used again once the model has run on them: ONNX Runtime copies its input.
     */
    private final class Feed {
        private final TileReader reader;
        private final List<SlideTile> tiles;
        private final AtomicBoolean stopped;
        private final Deque<PendingBatch> pending = new ArrayDeque<>();
        private final Deque<float[]> spareSlots = new ArrayDeque<>();
        private int next;
        private int inFlight;
        private int batchesOpened;

        Feed(TileReader reader, List<SlideTile> tiles, AtomicBoolean stopped) {
            this.reader = reader;
            this.tiles = tiles;
            this.stopped = stopped;
        }

        boolean hasNext() {
            return next < tiles.size();
        }

        boolean hasPending() {
            return !pending.isEmpty();
        }

        int inFlight() {
            return inFlight;
        }

        void consumed() {
            inFlight--;
        }

        PendingBatch removeFirst() {
            return pending.removeFirst();
        }

        void submitNext() {
            PendingBatch open = pending.peekLast();
            if (open == null || open.reads.size() == open.capacity) {
                int capacity =
                        Math.min(batchesOpened == 0 ? firstBatchSize() : settings.batchSize(), tiles.size() - next);
                open = new PendingBatch(capacity, slots(capacity));
                pending.addLast(open);
                batchesOpened++;
            }
            SlideTile tile = tiles.get(next++);
            float[] slots = open.slots;
            int offset = open.reads.size() * reader.valuesPerTile();
            open.reads.add(CompletableFuture.supplyAsync(
                    () -> stopped.get() ? null : reader.read(tile, slots, offset), readers));
            inFlight++;
        }

        private float[] slots(int capacity) {
            if (capacity == settings.batchSize() && !spareSlots.isEmpty()) {
                return spareSlots.removeFirst();
            }
            return new float[Math.multiplyExact(capacity, reader.valuesPerTile())];
        }

        /** A batch's array, once the model has run on it; only whole batches' arrays are kept. */
        void release(float[] slots) {
            if (slots.length == settings.batchSize() * reader.valuesPerTile()) {
                spareSlots.addFirst(slots);
            }
        }

        /**
         * Stops the reads still queued and waits for those running, so that none outlives the
         * run and touches a slide its caller is about to close.
         */
        void stop() {
            stopped.set(true);
            for (PendingBatch batch : pending) {
                drain(batch.reads);
            }
        }
    }

    /** One batch's reads so far and the array they write into. */
    private static final class PendingBatch {
        final int capacity;
        final float[] slots;
        final List<CompletableFuture<TileRead>> reads;

        PendingBatch(int capacity, float[] slots) {
            this.capacity = capacity;
            this.slots = slots;
            this.reads = new ArrayList<>(capacity);
        }
    }

    /**
     * A quarter of the batch size: the model starts once a few tiles are read rather than a whole
     * batch, which on a small slide is much of the run; later batches are whole.
     */
    private int firstBatchSize() {
        return Math.max(1, settings.batchSize() / 4);
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

    /** Waits for reads still running; those not started yet see the stop flag and do nothing. */
    private static void drain(List<CompletableFuture<TileRead>> reads) {
        boolean interrupted = false;
        for (CompletableFuture<TileRead> future : reads) {
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
