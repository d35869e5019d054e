package org.precis.demo.steps;

/** How a step went: the command line as echoed, its exit code and its wall time. */
public record StepOutcome(DemoStep step, String echoed, int exitCode, double seconds) {
    public boolean failed() {
        return exitCode != 0;
    }
}
