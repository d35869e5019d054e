package org.precis.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** An area named without a verb ({@code precis slide}): a usage error, the area's usage on stderr, exit 2. */
final class MissingVerb {

    private MissingVerb() {}

    static int report(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("precis: '" + spec.qualifiedName() + "' needs a command: "
                + String.join(", ", spec.subcommands().keySet()));
        spec.commandLine().usage(err);
        err.flush();
        return ErrorReporter.USAGE_ERROR;
    }
}
