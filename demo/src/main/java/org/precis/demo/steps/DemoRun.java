package org.precis.demo.steps;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Runs the demo's sections as the user would type them: each section's notes first (what it
 * leaves out and why), then each step echoed as a {@code ./precis} command line that can be pasted
 * and run, with its wall time after its output; every step runs even when one before it failed.
 */
public final class DemoRun {
    private final CommandRunner runner;
    private final EchoedCommand echo;
    private final PrintWriter out;
    private final LongSupplier nanoTime;

    /** @param nanoTime the clock the steps are timed with ({@code System::nanoTime}) */
    public DemoRun(CommandRunner runner, EchoedCommand echo, PrintWriter out, LongSupplier nanoTime) {
        this.runner = runner;
        this.echo = echo;
        this.out = out;
        this.nanoTime = nanoTime;
    }

    public DemoOutcome run(List<DemoSection> sections) {
        long started = nanoTime.getAsLong();
        List<SectionOutcome> outcomes = new ArrayList<>();
        for (DemoSection section : sections) {
            outcomes.add(run(section));
        }
        return new DemoOutcome(outcomes, seconds(started));
    }

    private SectionOutcome run(DemoSection section) {
        long started = nanoTime.getAsLong();
        out.println("== " + section.title() + ": " + section.about());
        for (String note : section.notes()) {
            out.println("note: " + note);
        }
        out.println();
        out.flush();
        List<StepOutcome> steps = new ArrayList<>();
        for (DemoStep step : section.steps()) {
            String echoed = echo.text(step.arguments());
            out.println("$ " + echoed);
            out.flush();
            long stepStarted = nanoTime.getAsLong();
            int code = runner.run(step.arguments());
            double seconds = seconds(stepStarted);
            out.println(
                    code == 0
                            ? "  [" + Durations.text(seconds) + "]"
                            : "  [" + Durations.text(seconds) + ", FAILED with exit code " + code + "]");
            out.println();
            out.flush();
            steps.add(new StepOutcome(step, echoed, code, seconds));
        }
        SectionOutcome outcome = new SectionOutcome(section, steps, seconds(started));
        out.printf(
                Locale.ROOT,
                "%s: %d commands, %d failed, %s%n%n",
                section.title(),
                steps.size(),
                outcome.failed(),
                Durations.text(outcome.seconds()));
        out.flush();
        return outcome;
    }

    private double seconds(long since) {
        return (nanoTime.getAsLong() - since) / 1e9;
    }
}
