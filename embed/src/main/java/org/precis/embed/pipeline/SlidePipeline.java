package org.precis.embed.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.bag.FeatureBags;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slides;

/**
 * The slide embedding pipeline, open: an encoder and its tile-reading threads, the {@link
 * SlideEmbedding} over both, and the feature-bag writer and benchmark built on it. Closing it stops
 * the readers and closes the encoder.
 */
public final class SlidePipeline implements AutoCloseable {

    private final OnnxEncoder encoder;
    private final ExecutorService readers;
    private final SlideEmbedding embedding;
    private final SlideBags bags;
    private final TilePlanner planner;

    private SlidePipeline(
            OnnxEncoder encoder,
            ExecutorService readers,
            PipelineSettings settings,
            TilePlanner planner,
            String modelSha256,
            String softwareVersion) {
        this.encoder = encoder;
        this.readers = readers;
        this.planner = planner;
        this.embedding = new SlideEmbedding(encoder, readers, settings);
        this.bags = new SlideBags(embedding, planner, new FeatureBags(), modelSha256, softwareVersion);
    }

    /**
     * Opens {@code descriptor}'s model with {@code options} and {@code settings.readers()}-many
     * daemon tile readers; bags record {@code softwareVersion}.
     *
     * @throws IllegalArgumentException if the model file is missing or does not match the descriptor
     * @throws EncoderException if ONNX Runtime cannot load the model
     */
    public static SlidePipeline open(
            Encoders encoders,
            EncoderDescriptor descriptor,
            OnnxEncoderOptions options,
            PipelineSettings settings,
            int readerThreads,
            TilePlanner planner,
            String softwareVersion)
            throws IOException, EncoderException {
        if (readerThreads < 1) {
            throw new IllegalArgumentException("at least one tile reader is needed: " + readerThreads);
        }
        OnnxEncoder encoder = encoders.open(descriptor, options);
        ExecutorService readers = null;
        try {
            String modelSha256 = FileSha256.of(descriptor.model());
            readers = Executors.newFixedThreadPool(readerThreads, daemonThreads());
            return new SlidePipeline(encoder, readers, settings, planner, modelSha256, softwareVersion);
        } catch (IOException | RuntimeException e) {
            if (readers != null) {
                readers.shutdownNow();
            }
            encoder.close();
            throw e;
        }
    }

    /** Writes one feature bag per slide. */
    public SlideBags bags() {
        return bags;
    }

    /** End to end against the inference alone, each measured slide opened with a cold tile cache. */
    public EmbeddingBenchmark benchmark() {
        return new EmbeddingBenchmark(bags, embedding, planner, Slides::withDefaults, System::nanoTime);
    }

    @Override
    public void close() {
        readers.shutdownNow();
        encoder.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "precis-tile-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
