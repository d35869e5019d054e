package org.precis.demo.steps;

import java.util.List;

/**
 * One step of the demo: a {@code precis} command line, and what the files it writes show.
 *
 * @param arguments the command line after {@code precis}, paths as the step reads and writes them
 * @param outputs what its files show, by path pattern; empty for a step that only prints
 */
public record DemoStep(List<String> arguments, List<OutputDescription> outputs) {
    public DemoStep {
        arguments = List.copyOf(arguments);
        outputs = List.copyOf(outputs);
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("a demo step needs a command line");
        }
    }

    /** A step that prints only. */
    public static DemoStep printing(String... arguments) {
        return new DemoStep(List.of(arguments), List.of());
    }
}
