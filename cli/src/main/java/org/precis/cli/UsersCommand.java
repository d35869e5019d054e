package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis users}: the workstation's users. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Add workstation users and issue their API tokens.",
        subcommands = {UsersAddCommand.class, UsersTokenCommand.class, UsersListCommand.class})
final class UsersCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
