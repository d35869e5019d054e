package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.demo.cells.FederatedCellDemo;
import org.precis.demo.cells.FederatedCellReport;
import org.precis.demo.federation.DemoReport;
import org.precis.demo.federation.FederationDemo;
import org.precis.demo.federation.NodeCommands;
import org.precis.demo.training.FederatedTrainingDemo;
import org.precis.demo.training.ImprovementDemo;
import org.precis.demo.training.ImprovementDemoReport;
import org.precis.demo.training.TrainingDemoReport;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.federation.training.FederatedHeadTraining;
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
                + "breast-logrank, each compared with the pooled single-machine result; with --patches also the"
                + " federated training of the lung patch head.")
final class FederationDemoCommand implements Callable<Integer> {
    /** The training demo's split and bootstrap seed. */
    private static final long TRAINING_SEED = 7;

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

    @Option(
            names = "--patches",
            paramLabel = "FILE",
            description = "Also train the lung patch head federated (FedAvg) on this embedded LC25000 lung patch set"
                    + " (precis embed --patches ... writes it), split non-IID across three more site processes, and"
                    + " compare it with the pooled and the site-alone models on the same held-out patches.")
    Path patches;

    @Option(
            names = "--models",
            paramLabel = "DIR",
            defaultValue = "federated_models",
            description = "Where the training study writes its models: federated.json, pooled.json, SITE-alone.json,"
                    + " federated-dp.json, federated-mlp.json, pooled-mlp.json"
                    + " (default: ${DEFAULT-VALUE}).")
    Path models;

    @Option(
            names = "--registry",
            paramLabel = "DIR",
            description = "With --patches, also run continuous improvement twice (federation improve): version 1"
                    + " on 85%% of each site's patches, version 2 trained from it on all of them, each evaluated by"
                    + " every site and promoted only when every site says better, in a model registry (an embedded"
                    + " store) made afresh in DIR; precis models list --data-dir DIR shows it afterwards.")
    Path registry;

    @Option(
            names = "--cell-models",
            paramLabel = "DIR",
            description = "Also train the breast cell-class head federated: BreCaHAD's annotated fields dealt by"
                    + " field to two more site processes (three fields held out), each site's cells as a cell"
                    + " feature set, FedAvg beside the same study pooled on one machine; writes"
                    + " federated-cells.json and pooled-cells.json (cell classifiers) into DIR.")
    Path cellModels;

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
        Optional<TrainingDemoReport> training = patches == null ? Optional.empty() : Optional.of(train(commands));
        Optional<ImprovementDemoReport> improvement =
                patches == null || registry == null ? Optional.empty() : Optional.of(improve(commands));
        Optional<FederatedCellReport> cells = cellModels == null ? Optional.empty() : Optional.of(trainCells(commands));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) report.toJson();
            training.ifPresent(t -> root.withArray("studies").add(t.toJson()));
            improvement.ifPresent(i -> root.set("improvement", i.toJson()));
            cells.ifPresent(c -> root.set("cells", c.toJson()));
            new JsonPrinter().print(out, root);
        } else {
            new FederationDemoText(out).print(report);
            training.ifPresent(t -> new TrainingDemoText(out).print(t));
            improvement.ifPresent(i -> new ImprovementDemoText(out).print(i));
            cells.ifPresent(c -> new CellDemoText(out).print(c));
        }
        out.flush();
        return 0;
    }

    private FederatedCellReport trainCells(NodeCommands commands) throws Exception {
        Path folder = work == null
                ? Files.createTempDirectory("precis-federated-cells")
                : Files.createDirectories(work.resolve("cells"));
        try {
            return new FederatedCellDemo(
                            DataFolder.resolve(data),
                            folder,
                            cellModels,
                            commands,
                            Clock.systemUTC(),
                            new SecureRandom(),
                            PrecisCommand.VERSION)
                    .run();
        } finally {
            if (work == null) {
                FederationDemo.deleteTree(folder);
            }
        }
    }

    private ImprovementDemoReport improve(NodeCommands commands) throws Exception {
        PatchSet set = new PatchSets().read(patches);
        Path folder = work == null
                ? Files.createTempDirectory("precis-improvement")
                : Files.createDirectories(work.resolve("improvement"));
        try {
            return new ImprovementDemo(
                            set,
                            folder,
                            registry,
                            commands,
                            Clock.systemUTC(),
                            new SecureRandom(),
                            TRAINING_SEED,
                            PrecisCommand.VERSION)
                    .run();
        } finally {
            if (work == null) {
                FederationDemo.deleteTree(folder);
            }
        }
    }

    private TrainingDemoReport train(NodeCommands commands) throws Exception {
        PatchSet set = new PatchSets().read(patches);
        boolean temporary = work == null;
        Path folder = temporary
                ? Files.createTempDirectory("precis-federated-training")
                : Files.createDirectories(work.resolve("training"));
        try {
            return new FederatedTrainingDemo(
                            set, folder, models, commands, Clock.systemUTC(), new SecureRandom(), TRAINING_SEED)
                    .run(
                            FederatedHeadTraining.FEDAVG,
                            FederatedTrainingDemo.parameters(set),
                            Optional.of(FederatedTrainingDemo.privateParameters(set)),
                            Optional.of(FederatedTrainingDemo.mlpParameters(set)));
        } finally {
            if (temporary) {
                FederationDemo.deleteTree(folder);
            }
        }
    }
}
