package org.precis.survival.cox.bench;

/** Timed fits, their seconds, the rate and the time of one fit, after {@code warmup} untimed fits. */
public record CoxBenchResult(int fits, double seconds, double fitsPerSecond, double millisecondsPerFit, int warmup) {}
