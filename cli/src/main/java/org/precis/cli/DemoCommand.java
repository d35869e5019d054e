package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precis.demo.steps.DemoIndex;
import org.precis.demo.steps.DemoOutcome;
import org.precis.demo.steps.DemoRun;
import org.precis.demo.steps.DemoSection;
import org.precis.demo.steps.Durations;
import org.precis.demo.steps.EchoedCommand;
import org.precis.demo.steps.SampleDemo;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis demo}: the main job, growing with each capability. The demo module plans its steps
 * (the slides, pathology, survival and clinical, federation) as {@code precis} command lines; this
 * command runs each through its own command line, and prints the index and the total time.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the demonstration on the sample data: "
                + "each step is echoed as a ./precis command you can paste; OUTPUT/index.html and OUTPUT/README.txt say what "
                + "each file shows.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Sample data folder (default: $PRECIS_DATA, else ../shared).")
    Path data;

    @Option(
            names = {"-o", "--output"},
            defaultValue = "out/demo",
            description = "Output folder (default ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EchoedCommand echo = new EchoedCommand(Path.of("").toAbsolutePath());
        SampleDemo demo = new SampleDemo(DataFolder.resolve(data), output, echo);
        List<DemoSection> sections;
        try (Slides slides = Slides.withDefaults()) {
            sections = demo.prepare(slides);
        }
        DemoOutcome outcome = new DemoRun(
                        arguments -> Main.run(out, err, arguments.toArray(String[]::new)), echo, out, System::nanoTime)
                .run(sections);
        List<Path> index = new DemoIndex(output).write(outcome);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "what each file shows: %s (and %s)%n", index.get(0), index.get(1));
        out.println(demo.afterwards());
        out.printf(
                Locale.ROOT,
                "demo done: %d commands, %d failed; total time %s (%s)%n",
                outcome.steps(),
                outcome.failed(),
                minutes(seconds),
                parts(outcome));
        out.flush();
        return outcome.worstExitCode() == 0 ? 0 : ErrorReporter.INPUT_FAILURE;
    }

    private static String parts(DemoOutcome outcome) {
        return String.join(
                ", ",
                outcome.sections().stream()
                        .map(s -> s.section().title() + " " + minutes(s.seconds()))
                        .toList());
    }

    private static String minutes(double seconds) {
        return Durations.text(seconds);
    }
}
