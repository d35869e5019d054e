package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.federation.node.RunningSite;
import org.precis.federation.node.SiteMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis federation site --config site.yaml}: run a site node until stopped. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = "Run a site node: dial out to the "
                + "coordinator, answer the tasks its policy allows with masked aggregates, audit everything.")
final class FederationSiteCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The site's site.yaml.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunningSite site = SiteMain.start(config);
        spec.commandLine().getOut().printf("site %s started; dialling its coordinator%n", site.site());
        spec.commandLine().getOut().flush();
        SiteMain.run(site);
        return 0;
    }
}
