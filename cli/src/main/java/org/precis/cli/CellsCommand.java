package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis cells}: nuclei and cells. */
@Command(
        name = "cells",
        mixinStandardHelpOptions = true,
        description = "Find and measure nuclei in slides and images.",
        subcommands = {CellsDetectCommand.class})
final class CellsCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
