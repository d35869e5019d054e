package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precis.imaging.qc.bench.QcBenchResult;
import org.precis.imaging.qc.bench.QcBenchmark;
import org.precis.imaging.qc.bench.QcTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide qc-bench}: runs {@link QcBenchmark} (opening a slide, detecting its tissue
 * and running quality control, timed after warm-up runs) and prints the median seconds of each
 * slide against the target.
 */
@Command(
        name = "qc-bench",
        mixinStandardHelpOptions = true,
        description = "Time tissue detection and quality "
                + "control per slide (median of repeated runs after warm-up) against a target in seconds.")
final class SlideQcBenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Slide files.")
    List<Path> files;

    @Option(
            names = "--warmup",
            defaultValue = "2",
            description = "Untimed runs per slide first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs per slide (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(
            names = "--target-s",
            defaultValue = "2.0",
            description = "Target seconds per slide (default ${DEFAULT-VALUE}).")
    double targetSeconds;

    @Option(
            names = "--assume-mpp",
            defaultValue = "0.25",
            paramLabel = "M",
            description = "µm/px for slides that do not state one (default ${DEFAULT-VALUE}).")
    double assumeMpp;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QcBenchResult result = new QcBenchmark(warmup, repeat, targetSeconds, assumeMpp).run(files);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, result);
        } else {
            out.printf(
                    Locale.ROOT,
                    "%-48s %9s %9s %9s %8s %10s%n",
                    "slide",
                    "median s",
                    "min s",
                    "cpu s",
                    "/target",
                    "tissue mm²");
            for (QcTiming t : result.slides()) {
                out.printf(
                        Locale.ROOT,
                        "%-48s %9.3f %9.3f %9.3f %8.3f %10.4f%n",
                        t.file(),
                        t.medianSeconds(),
                        t.minSeconds(),
                        t.medianCpuSeconds(),
                        t.ratioToTarget(),
                        t.tissueAreaMm2());
            }
            out.printf(
                    Locale.ROOT,
                    "target %.1f s per slide: %s%n",
                    targetSeconds,
                    result.allWithinTarget() ? "all within" : "EXCEEDED");
            out.flush();
        }
        return 0;
    }
}
