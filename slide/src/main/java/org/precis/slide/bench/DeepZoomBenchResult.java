package org.precis.slide.bench;

/**
 * Deep Zoom tiles served on {@code threads} concurrent clients: how many, the seconds they took,
 * the rate, and the median and 95th-percentile time of one tile in milliseconds.
 */
public record DeepZoomBenchResult(
        int threads,
        int tiles,
        double seconds,
        double tilesPerSecond,
        double p50Millis,
        double p95Millis,
        long bytes) {}
