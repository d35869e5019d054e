package org.precis.slide.bench;

/** Tiles read, the seconds they took and the rate, with the threads and grid tile side in pixels. */
public record ReadBenchResult(String file, long tiles, double seconds, double tilesPerSecond, int threads, int tile) {}
