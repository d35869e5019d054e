package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.federation.coordinator.Coordinator;
import org.precis.federation.coordinator.CoordinatorMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis federation coordinator --config coord.yaml}: run a coordinator until stopped. */
@Command(
        name = "coordinator",
        mixinStandardHelpOptions = true,
        description = "Run a coordinator: accept "
                + "studies from researchers, send rounds to the sites, sum their masked aggregates; resumes unfinished "
                + "studies on start.")
final class FederationCoordinatorCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The coordinator's coord.yaml.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Coordinator coordinator = CoordinatorMain.start(config);
        spec.commandLine().getOut().printf("coordinator listening on port %d%n", coordinator.port());
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(coordinator::close));
        coordinator.awaitTermination();
        return 0;
    }
}
