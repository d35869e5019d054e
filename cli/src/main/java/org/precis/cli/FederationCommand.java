package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis federation}: federated studies across sites, and the PKI and audit they rest on. */
@Command(
        name = "federation",
        mixinStandardHelpOptions = true,
        description = "Federated studies across hospital "
                + "sites: collaboration CA and certificates, audit logs, site nodes, coordinator, studies, demo, "
                + "secure-aggregation benchmark.",
        subcommands = {
            FederationCaCommand.class,
            FederationAuditCommand.class,
            FederationSiteCommand.class,
            FederationCoordinatorCommand.class,
            FederationSubmitCommand.class,
            FederationImproveCommand.class,
            FederationDemoCommand.class,
            FederationBenchSecAggCommand.class
        })
final class FederationCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
