package org.precis.imaging.qc.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.SlideQuality;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Times tissue detection and quality control per slide: {@code warmup} untimed runs, then {@code
 * repeat} timed ones, each opening the slide afresh with an empty tile cache; the median against
 * {@code targetSeconds}.
 *
 * @param assumeMpp µm/px for slides that do not state one
 */
public record QcBenchmark(int warmup, int repeat, double targetSeconds, double assumeMpp) {

    public QcBenchmark {
        if (warmup < 0 || repeat < 1 || !(targetSeconds > 0)) {
            throw new IllegalArgumentException("--warmup must be >= 0, --repeat >= 1 and --target-s > 0");
        }
        if (!(assumeMpp > 0) || Double.isInfinite(assumeMpp)) {
            throw new IllegalArgumentException("the assumed µm/px must be positive and finite: " + assumeMpp);
        }
    }

    public QcBenchResult run(List<Path> files) throws IOException, SlideException {
        QualityControl qc = new QualityControl(QcSettings.defaults());
        OperatingSystemMXBean processCpu = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<QcTiming> timings = new ArrayList<>();
        for (Path file : files) {
            for (int i = 0; i < warmup; i++) {
                runOnce(qc, file);
            }
            double[] seconds = new double[repeat];
            double[] cpuSeconds = new double[repeat];
            SlideQuality last = null;
            for (int i = 0; i < repeat; i++) {
                long cpuStart = processCpu.getProcessCpuTime();
                long start = System.nanoTime();
                last = runOnce(qc, file);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                cpuSeconds[i] = (processCpu.getProcessCpuTime() - cpuStart) / 1e9;
            }
            double median = median(seconds);
            timings.add(new QcTiming(
                    file.getFileName().toString(),
                    median,
                    seconds[0],
                    median(cpuSeconds),
                    targetSeconds,
                    median / targetSeconds,
                    last.report().tissueAreaMm2(),
                    last.report().focusTilesChecked()));
        }
        boolean allWithin = timings.stream().allMatch(t -> t.medianSeconds() <= targetSeconds);
        return new QcBenchResult(warmup, repeat, targetSeconds, allWithin, timings);
    }

    /** Sorts {@code values} and returns their median. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private SlideQuality runOnce(QualityControl qc, Path file) throws IOException, SlideException {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            double mpp = slide.pixelSize().isPresent()
                    ? SlidePixelSize.of(slide, OptionalDouble.empty(), "").mpp()
                    : assumeMpp;
            return qc.assess(slide, mpp);
        }
    }
}
