package org.precis.cli;

import picocli.CommandLine;

/** Entry point of the {@code precis} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests and for {@link #main}. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PrecisCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        return commandLine.execute(args);
    }
}
