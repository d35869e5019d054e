package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis ihc}: immunohistochemistry scoring. */
@Command(
        name = "ihc",
        mixinStandardHelpOptions = true,
        description = "Score immunohistochemistry (haematoxylin-DAB) images.",
        subcommands = {IhcKi67Command.class, IhcKi67RobustnessCommand.class})
final class IhcCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
