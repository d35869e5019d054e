package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.precis.federation.demo.DemoReport;
import org.precis.federation.demo.FederationDemo;
import org.precis.federation.demo.NodeCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation demo}: a coordinator and five site JVMs on loopback, four studies, each
 * beside its pooled single-machine answer, with the bytes each site sent.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the federation demo: a throwaway CA, "
        + "a coordinator and five site processes on loopback, the studies lung-cox, breast-cox, breast-km and "
        + "breast-logrank, each compared with the pooled single-machine result.")
final class FederationDemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: PRECIS_DATA or ../shared).")
    Path data;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep the CA, certificates, site data, audit logs "
            + "and node logs in this (new or empty) folder instead of a temporary one that is deleted.")
    Path work;

    @Option(names = "--json", description = "Print {\"studies\": [...]} as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DemoReport report = run(DataFolder.resolve(data), work);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, report.toJson());
        } else {
            new FederationDemoText(out).print(report);
        }
        out.flush();
        return 0;
    }

    /**
     * Runs the federation demo on {@code dataFolder/samples/clinical}, its nodes started as {@code
     * precis federation site|coordinator} on this JVM's class path; the work folder is a temporary one,
     * deleted afterwards, when {@code workFolder} is null. What the main demo calls.
     */
    static DemoReport run(Path dataFolder, Path workFolder) throws IOException, InterruptedException {
        Path folder = workFolder != null ? Files.createDirectories(workFolder)
                : Files.createTempDirectory("precis-federation-demo");
        try {
            NodeCommands commands = NodeCommands.sameClassPath(
                    List.of(Main.class.getName(), "federation", "coordinator"),
                    List.of(Main.class.getName(), "federation", "site"));
            return new FederationDemo(dataFolder.resolve("samples").resolve("clinical"), folder, commands,
                    Clock.systemUTC(), new SecureRandom()).run();
        } finally {
            if (workFolder == null) {
                deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
