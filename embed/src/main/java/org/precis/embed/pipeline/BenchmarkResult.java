package org.precis.embed.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * Rates measured by {@link EmbeddingBenchmark}, one per round: the tile pipeline (slide opened
 * cold, tiles read, decoded, batched, inferred, bag written) and the inference alone on the same
 * tiles' batches, pre-read and held in memory; and the seconds of the once-per-slide work before
 * (hash, tissue mask).
 */
public record BenchmarkResult(
        Path slide,
        int tiles,
        double setupSeconds,
        List<Double> endToEndTilesPerSecond,
        List<Double> inferenceTilesPerSecond) {

    public BenchmarkResult {
        endToEndTilesPerSecond = List.copyOf(endToEndTilesPerSecond);
        inferenceTilesPerSecond = List.copyOf(inferenceTilesPerSecond);
        if (endToEndTilesPerSecond.isEmpty() || inferenceTilesPerSecond.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one round of each");
        }
    }

    public double medianEndToEnd() {
        return median(endToEndTilesPerSecond);
    }

    public double medianInference() {
        return median(inferenceTilesPerSecond);
    }

    /** End to end over inference alone, medians: 1 when reading and writing cost nothing. */
    public double ratio() {
        return medianEndToEnd() / medianInference();
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    @Override
    public String toString() {
        return "BenchmarkResult[" + slide + ", " + tiles + " tiles, end to end " + endToEndTilesPerSecond
                + ", inference " + inferenceTilesPerSecond + "]";
    }
}
