package org.precis.embed.pipeline;

/**
 * How the pipeline batches and how far reading runs ahead of inference.
 *
 * @param batchSize tiles per model run
 * @param batchesAhead batches read (or being read) while the model runs; with the batch size it
 *     bounds the memory of a run, whatever the slide's size
 */
public record PipelineSettings(int batchSize, int batchesAhead) {

    public PipelineSettings {
        if (batchSize < 1 || batchSize > 4096) {
            throw new IllegalArgumentException("batch size must be 1..4096: " + batchSize);
        }
        if (batchesAhead < 1 || batchesAhead > 64) {
            throw new IllegalArgumentException("batches ahead must be 1..64: " + batchesAhead);
        }
    }

    /** Batches of {@code batchSize}, one batch per reading thread ahead and one spare. */
    public static PipelineSettings forReaders(int batchSize, int readingThreads) {
        return new PipelineSettings(batchSize, Math.min(64, Math.max(1, readingThreads) + 1));
    }
}
