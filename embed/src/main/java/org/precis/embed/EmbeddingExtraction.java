package org.precis.embed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.precis.slide.RgbImage;

/**
 * Embeds many tiles in batches while the next batch is being read: tiles are loaded on the
 * caller's executor (one task per tile) and the encoder runs on the calling thread, so reading
 * and decoding overlap inference. At most two batches of tiles are held at once.
 */
public final class EmbeddingExtraction {

    private final Encoder encoder;
    private final ExecutorService loaders;
    private final int batchSize;

    public EmbeddingExtraction(Encoder encoder, ExecutorService loaders, int batchSize) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.loaders = Objects.requireNonNull(loaders, "loaders");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * One vector per source, in the sources' order.
     *
     * @throws IOException the first failure to load a tile (later loads are cancelled)
     */
    public <T> List<float[]> embed(List<T> sources, TileLoader<T> loader) throws IOException, EncoderException {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(loader, "loader");
        List<float[]> vectors = new ArrayList<>(sources.size());
        List<Future<RgbImage>> next = submit(sources, 0, loader);
        try {
            for (int start = 0; start < sources.size(); start += batchSize) {
                List<Future<RgbImage>> current = next;
                next = submit(sources, start + batchSize, loader);
                vectors.addAll(encoder.embed(collect(current)));
            }
        } finally {
            next.forEach(future -> future.cancel(true));
        }
        return vectors;
    }

    private <T> List<Future<RgbImage>> submit(List<T> sources, int start, TileLoader<T> loader) {
        List<Future<RgbImage>> futures = new ArrayList<>();
        for (T source : sources.subList(Math.min(start, sources.size()), Math.min(start + batchSize,
                sources.size()))) {
            futures.add(loaders.submit(() -> {
                try {
                    return loader.load(source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return futures;
    }

    private static List<RgbImage> collect(List<Future<RgbImage>> futures) throws IOException {
        List<RgbImage> tiles = new ArrayList<>(futures.size());
        try {
            for (Future<RgbImage> future : futures) {
                tiles.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(future -> future.cancel(true));
            throw new InterruptedIOException("interrupted while loading tiles");
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("tile loading failed", cause);
        }
        return tiles;
    }
}
