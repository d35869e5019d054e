package org.precis.imaging.qc.bench;

import java.util.List;

/** Every slide's timing, and whether each median is within the target. */
public record QcBenchResult(
        int warmup, int repeat, double targetSeconds, boolean allWithinTarget, List<QcTiming> slides) {

    public QcBenchResult {
        slides = List.copyOf(slides);
    }
}
