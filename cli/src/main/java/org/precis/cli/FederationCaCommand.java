package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis federation ca}: the collaboration's certificate authority. */
@Command(
        name = "ca",
        mixinStandardHelpOptions = true,
        description = "Create the collaboration CA, issue and revoke " + "participants' certificates.",
        subcommands = {FederationCaInitCommand.class, FederationCaIssueCommand.class, FederationCaRevokeCommand.class})
final class FederationCaCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
