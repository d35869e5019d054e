package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs demo steps as the user would type them: each is echoed as a {@code precis} command line
 * (with the long data folders shortened) and run in this JVM; the worst exit code is kept.
 */
final class DemoSteps {

    private final PrintWriter out;
    private final List<Path> shortened;
    private final List<String[]> steps = new ArrayList<>();

    /** @param shortened folders whose path is left out of the echoed command lines */
    DemoSteps(PrintWriter out, List<Path> shortened) {
        this.out = out;
        this.shortened = List.copyOf(shortened);
    }

    DemoSteps add(String... step) {
        steps.add(step.clone());
        return this;
    }

    /** Runs every step, even after one fails, and returns the worst exit code. */
    int run() {
        int worst = 0;
        for (String[] step : steps) {
            String line = String.join(" ", step);
            for (Path folder : shortened) {
                line = line.replace(folder.toString() + "/", "");
            }
            out.println("$ precis " + line);
            out.flush();
            worst = Math.max(worst, Main.run(out, new PrintWriter(System.err, true), step));
            out.println();
            out.flush();
        }
        return worst;
    }
}
