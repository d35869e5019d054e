package org.precis.embed.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.precis.embed.Encoder;
import org.precis.embed.EncoderException;
import org.precis.embed.bag.BagProvenance;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Measures how close the tile pipeline comes to the encoder's own speed: per round, the slide's
 * planned tiles embedded end to end into its bag (the slide opened anew with an empty tile cache,
 * so every file tile is read and decoded again; reading, decoding, batching, inference, writing)
 * against the inference alone on the same tiles' batches, read beforehand and held in memory.
 * The once-per-slide work before the tiles (the file's hash, the tissue mask) is timed apart. A warm-up of each comes first; rounds alternate so that a change of load on the
 * machine touches both.
 */
public final class EmbeddingBenchmark {

    /** Memory for the pre-read batches; a larger plan cycles through this many tiles' inputs. */
    static final long MAX_HELD_INPUT_BYTES = 1L << 30;

    private final SlideBags slideBags;
    private final SlideEmbedding embedding;
    private final TilePlanner planner;
    private final Supplier<Slides> coldSlides;
    private final LongSupplier nanoClock;

    /**
     * @param coldSlides a new {@code Slides} (with its own empty cache) for every round
     * @param nanoClock elapsed time in nanoseconds ({@code System::nanoTime})
     */
    public EmbeddingBenchmark(
            SlideBags slideBags,
            SlideEmbedding embedding,
            TilePlanner planner,
            Supplier<Slides> coldSlides,
            LongSupplier nanoClock) {
        this.slideBags = Objects.requireNonNull(slideBags, "slideBags");
        this.embedding = Objects.requireNonNull(embedding, "embedding");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.coldSlides = Objects.requireNonNull(coldSlides, "coldSlides");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public BenchmarkResult measure(Path slideFile, TileSpec spec, Path folder, int rounds)
            throws IOException, SlideException, EncoderException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        TilePlan plan;
        List<InputBatch> held;
        double setupSeconds;
        long setupStart = nanoClock.getAsLong();
        BagProvenance wanted = slideBags.provenance(FileSha256.of(slideFile), spec);
        try (Slides slides = coldSlides.get();
                Slide slide = slides.open(slideFile)) {
            plan = planner.plan(slide, spec);
            setupSeconds = (nanoClock.getAsLong() - setupStart) / 1e9;
            if (plan.tiles().isEmpty()) {
                throw new IllegalArgumentException(slideFile + ": no tile has " + spec.minTissueFraction()
                        + " tissue or more: nothing to measure");
            }
            held = readAhead(slide, plan);
        }
        if (held.isEmpty()) {
            throw new IllegalArgumentException(slideFile + ": no tile could be read: nothing to measure");
        }
        int tiles = plan.tiles().size();
        Path target = SlideBags.bagFile(folder, slideFile);
        endToEnd(slideFile, plan, wanted, target);
        inference(held, tiles);
        List<Double> endToEnd = new ArrayList<>();
        List<Double> inference = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            inference.add(inference(held, tiles));
            endToEnd.add(tiles / endToEnd(slideFile, plan, wanted, target));
        }
        return new BenchmarkResult(slideFile, tiles, setupSeconds, endToEnd, inference);
    }

    /** The batches of the plan's first tiles, as many as {@link #MAX_HELD_INPUT_BYTES} holds. */
    private List<InputBatch> readAhead(Slide slide, TilePlan plan) {
        Encoder encoder = embedding.encoder();
        long bytesPerTile = 3L
                * 4
                * encoder.descriptor().inputWidth()
                * encoder.descriptor().inputHeight();
        int batchSize = embedding.settings().batchSize();
        long batchesHeld = Math.max(1, MAX_HELD_INPUT_BYTES / (bytesPerTile * batchSize));
        TileReader reader = new TileReader(slide, plan.grid(), encoder);
        List<InputBatch> held = new ArrayList<>();
        List<SlideTile> tiles = plan.tiles();
        for (int start = 0; start < tiles.size() && held.size() < batchesHeld; start += batchSize) {
            List<SlideTile> batchTiles = tiles.subList(start, Math.min(tiles.size(), start + batchSize));
            int perTile = reader.valuesPerTile();
            float[] slots = new float[Math.multiplyExact(batchTiles.size(), perTile)];
            List<TileRead> reads = new ArrayList<>();
            for (int i = 0; i < batchTiles.size(); i++) {
                reads.add(reader.read(batchTiles.get(i), slots, i * perTile));
            }
            InputBatch batch = InputBatch.of(reads, slots, perTile);
            if (!batch.tiles().isEmpty()) {
                held.add(batch);
            }
        }
        return held;
    }

    /** Tiles per second of the model alone on at least {@code tiles} tiles of the held batches, cycling through them. */
    private double inference(List<InputBatch> held, int tiles) throws EncoderException {
        long start = nanoClock.getAsLong();
        int done = 0;
        for (int i = 0; done < tiles; i = (i + 1) % held.size()) {
            InputBatch batch = held.get(i);
            embedding.encoder().run(batch.values(), batch.tiles().size());
            done += batch.tiles().size();
        }
        return done / ((nanoClock.getAsLong() - start) / 1e9);
    }

    /** Seconds to embed the planned tiles into the bag from scratch, the slide opened with an empty tile cache. */
    private double endToEnd(Path slideFile, TilePlan plan, BagProvenance wanted, Path target)
            throws IOException, SlideException, EncoderException {
        long start = nanoClock.getAsLong();
        try (Slides slides = coldSlides.get();
                Slide slide = slides.open(slideFile)) {
            slideBags.embed(slide, plan, wanted, target, EmbeddingListener.NONE);
        }
        return (nanoClock.getAsLong() - start) / 1e9;
    }
}
