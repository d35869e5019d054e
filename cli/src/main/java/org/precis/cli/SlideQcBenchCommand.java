package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.precis.imaging.provenance.SlidePixelSize;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.SlideQuality;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide qc-bench}: times opening a slide, detecting its tissue and running quality
 * control, in-process after warm-up runs (each timed run opens the slide afresh, with an empty
 * tile cache), and prints the median seconds of each slide against the target.
 */
@Command(name = "qc-bench", mixinStandardHelpOptions = true, description = "Time tissue detection and quality "
        + "control per slide (median of repeated runs after warm-up) against a target in seconds.")
final class SlideQcBenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Slide files.")
    List<Path> files;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs per slide first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs per slide (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--target-s", defaultValue = "2.0", description = "Target seconds per slide (default ${DEFAULT-VALUE}).")
    double targetSeconds;

    @Option(names = "--assume-mpp", defaultValue = "0.25", paramLabel = "M",
            description = "µm/px for slides that do not state one (default ${DEFAULT-VALUE}).")
    double assumeMpp;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    /**
     * One slide's figures. The CPU seconds are the whole process's (all threads, the JIT and the
     * collector too) over the same runs: on a shared, loaded machine they say what the wall clock
     * cannot.
     */
    record SlideTiming(String file, double medianSeconds, double minSeconds, double medianCpuSeconds,
            double targetSeconds, double ratioToTarget, double tissueAreaMm2, int focusTilesChecked) {
    }

    record Result(int warmup, int repeat, double targetSeconds, boolean allWithinTarget, List<SlideTiming> slides) {
    }

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || repeat < 1 || !(targetSeconds > 0)) {
            throw new IllegalArgumentException("--warmup must be >= 0, --repeat >= 1 and --target-s > 0");
        }
        QualityControl qc = new QualityControl(QcSettings.defaults());
        com.sun.management.OperatingSystemMXBean processCpu = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<SlideTiming> timings = new ArrayList<>();
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
            timings.add(new SlideTiming(file.getFileName().toString(), median, seconds[0], median(cpuSeconds),
                    targetSeconds, median / targetSeconds, last.report().tissueAreaMm2(),
                    last.report().focusTilesChecked()));
        }
        boolean allWithin = timings.stream().allMatch(t -> t.medianSeconds() <= targetSeconds);
        Result result = new Result(warmup, repeat, targetSeconds, allWithin, timings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, result);
        } else {
            out.printf(Locale.ROOT, "%-48s %9s %9s %9s %8s %10s%n", "slide", "median s", "min s", "cpu s",
                    "/target", "tissue mm²");
            for (SlideTiming t : timings) {
                out.printf(Locale.ROOT, "%-48s %9.3f %9.3f %9.3f %8.3f %10.4f%n", t.file(), t.medianSeconds(),
                        t.minSeconds(), t.medianCpuSeconds(), t.ratioToTarget(), t.tissueAreaMm2());
            }
            out.printf(Locale.ROOT, "target %.1f s per slide: %s%n", targetSeconds,
                    allWithin ? "all within" : "EXCEEDED");
            out.flush();
        }
        return 0;
    }

    /** Sorts {@code values} and returns their median. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private SlideQuality runOnce(QualityControl qc, Path file) throws Exception {
        try (Slides slides = Slides.withDefaults(); Slide slide = slides.open(file)) {
            double mpp = slide.pixelSize().isPresent() ? SlidePixelSize.of(slide, OptionalDouble.empty(), "").mpp()
                    : assumeMpp;
            return qc.assess(slide, mpp);
        }
    }
}
