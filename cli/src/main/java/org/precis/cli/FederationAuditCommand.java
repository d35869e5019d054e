package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis federation audit}: the sites' hash-chained audit logs. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check a site's hash-chained audit log.",
        subcommands = {FederationAuditVerifyCommand.class})
final class FederationAuditCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
