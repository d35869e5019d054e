package org.precis.demo.steps;

import java.util.List;

/**
 * Runs one {@code precis} command line and returns its exit code: the application that runs the
 * demo passes its own command line, so that every step runs exactly as the echoed command would.
 */
@FunctionalInterface
public interface CommandRunner {
    int run(List<String> arguments);
}
