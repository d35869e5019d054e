package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis federation ca}: the collaboration's certificate authority. */
@Command(name = "ca", mixinStandardHelpOptions = true, description = "Create the collaboration CA, issue and revoke "
        + "participants' certificates.",
        subcommands = {FederationCaInitCommand.class, FederationCaIssueCommand.class, FederationCaRevokeCommand.class})
final class FederationCaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
