package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.demo.federation.DemoReport;
import org.precis.demo.federation.FederationDemo;
import org.precis.demo.federation.NodeCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation demo}: a coordinator and five site JVMs on loopback, four studies, each
 * beside its pooled single-machine answer, with the bytes each site sent. The demo itself lives in
 * the demo module; this command starts its nodes as {@code precis federation site|coordinator} on
 * this JVM's class path and prints the report.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the federation demo: a throwaway CA, "
                + "a coordinator and five site processes on loopback, the studies lung-cox, breast-cox, breast-km and "
                + "breast-logrank, each compared with the pooled single-machine result.")
final class FederationDemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: PRECIS_DATA or ../shared).")
    Path data;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Keep the CA, certificates, site data, audit logs "
                    + "and node logs in this (new or empty) folder instead of a temporary one that is deleted.")
    Path work;

    @Option(names = "--json", description = "Print {\"studies\": [...]} as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NodeCommands commands = NodeCommands.sameClassPath(
                List.of(Main.class.getName(), "federation", "coordinator"),
                List.of(Main.class.getName(), "federation", "site"));
        DemoReport report = FederationDemo.run(
                DataFolder.resolve(data).resolve("samples").resolve("clinical"),
                Optional.ofNullable(work),
                commands,
                Clock.systemUTC(),
                new SecureRandom());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, report.toJson());
        } else {
            new FederationDemoText(out).print(report);
        }
        out.flush();
        return 0;
    }
}
