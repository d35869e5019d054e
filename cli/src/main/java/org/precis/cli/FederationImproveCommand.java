package org.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.precis.federation.improve.ContinuousImprovement;
import org.precis.federation.improve.ImprovementPlan;
import org.precis.federation.improve.ImprovementReport;
import org.precis.federation.improve.ModelDescription;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.study.StudySpecs;
import org.precis.io.json.JsonMappers;
import org.precis.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation improve STUDY.yaml --model NAME --as USER}: one round of continuous
 * improvement of a registered model (org.precis.federation.improve): train from production,
 * register, evaluate at every site, promote only when every site says better.
 */
@Command(
        name = "improve",
        mixinStandardHelpOptions = true,
        description = "Retrain a registered patch head federated from its production version (fedavg or fedprox"
                + " study file), register the candidate, have every site evaluate it against production on its own"
                + " validation patches (evaluate-heads), record each site's verdict and promote the candidate only"
                + " when every site says better. With no production version yet, train from scratch and let each"
                + " site judge it against --min-accuracy.")
final class FederationImproveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STUDY", description = "The training study file (YAML, fedavg or fedprox).")
    Path studyFile;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The registry's model name.")
    String model;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who registers and promotes.")
    String user;

    @Option(
            names = "--task",
            paramLabel = "TEXT",
            defaultValue = "patch classification",
            description = "A first version's task (later versions keep their parent's; default: ${DEFAULT-VALUE}).")
    String task;

    @Option(
            names = "--intended-use",
            paramLabel = "TEXT",
            defaultValue = "research use, not a diagnosis",
            description = "A first version's intended use (default: ${DEFAULT-VALUE}).")
    String intendedUse;

    @Option(
            names = "--encoder-licence",
            paramLabel = "TEXT",
            defaultValue = "unspecified",
            description = "A first version's encoder licence (default: ${DEFAULT-VALUE}).")
    String encoderLicence;

    @Option(
            names = "--margin",
            defaultValue = "0.02",
            description = "How far below 0 a site's lower bound of the accuracy difference may go when it says"
                    + " better (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(
            names = "--min-accuracy",
            defaultValue = "0.5",
            description = "A first version's bar: each site's lower bound of its accuracy (default: ${DEFAULT-VALUE}).")
    double minAccuracy;

    @Option(
            names = "--bootstrap",
            defaultValue = "1000",
            description = "Each site's paired bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(
            names = "--evaluation-fraction",
            defaultValue = "0.2",
            description = "Each site's validation share for the evaluation when the training kept none (a private"
                    + " study; default: ${DEFAULT-VALUE}).")
    double evaluationFraction;

    @Option(
            names = "--timeout",
            defaultValue = "600",
            paramLabel = "SECONDS",
            description = "How long each study may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--json", description = "Print what was done as JSON.")
    boolean json;

    @Mixin
    ResearcherOptions researcher;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResearcherOptions.Address address = researcher.address();
        StudySpec study = new StudySpecs().read(studyFile);
        Clock clock = Clock.systemUTC();
        ImprovementReport report;
        try (Store store = storeOptions.open();
                ResearcherClient client = researcher.connect(address, clock)) {
            report = new ContinuousImprovement(
                            client,
                            store.models(),
                            ActingUser.of(store, user),
                            clock,
                            Duration.ofSeconds(timeoutSeconds),
                            PrecisCommand.VERSION)
                    .improve(new ImprovementPlan(
                            model,
                            study,
                            evaluationFraction,
                            bootstrap,
                            margin,
                            minAccuracy,
                            new ModelDescription(task, intendedUse, encoderLicence)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonMappers.compact().createObjectNode();
            node.set("version", ModelsJson.version(report.candidate()));
            report.baseline().ifPresent(b -> node.put("baseline_version", b.version()));
            node.put("promoted", report.promoted());
            node.put("evaluated_on_training_patches", report.evaluatedOnTrainingRows());
            node.set("training", report.training());
            node.set("evaluation", report.evaluation());
            new JsonPrinter().print(out, node);
        } else {
            out.printf(
                    "%s v%d%s: %s%n",
                    model,
                    report.candidate().version(),
                    report.baseline().map(b -> " (from v" + b.version() + ")").orElse(""),
                    report.promoted() ? "promoted to production" : "kept as candidate");
            report.decision()
                    .sites()
                    .forEach((site, verdict) -> out.printf("  %s: %s%n", site, SiteVerdictText.of(verdict)));
            if (report.evaluatedOnTrainingRows()) {
                out.println("  note: the training kept no validation patches (a private study): the sites evaluated"
                        + " on patches the candidate was trained on");
            }
        }
        out.flush();
        return 0;
    }
}
