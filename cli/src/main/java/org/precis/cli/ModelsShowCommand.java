package org.precis.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.models.ModelDetails;
import org.precis.store.models.ModelEvaluation;
import org.precis.store.models.ModelStatus;
import org.precis.store.models.ModelStatusChange;
import org.precis.store.models.ModelVersion;
import org.precis.store.models.TrainingSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis models show NAME [--version V]}: one version, its sites' evaluations and its status history. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a model version: every field, each site's evaluations and the status history"
                + " (default: the production version, else the latest).")
final class ModelsShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Option(names = "--version", paramLabel = "V", description = "The version (default: production, else latest).")
    Integer version;

    @Option(names = "--json", description = "Print the version as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ModelDetails details;
        try (Store store = storeOptions.open()) {
            int shown =
                    version != null ? version : defaultVersion(store.models().versions(name));
            details = store.models().show(name, shown);
        }
        if (json) {
            new JsonPrinter().print(out, ModelsJson.details(details));
            return 0;
        }
        ModelVersion v = details.version();
        out.printf("%s v%d: %s%n", v.name(), v.version(), v.status().label());
        out.printf("  parent version: %s%n", v.parentVersion().map(p -> "v" + p).orElse("none"));
        out.printf("  task: %s%n  intended use: %s%n", v.task(), v.intendedUse());
        out.printf(
                "  study: %s, rounds %d, privacy spent: %s%n",
                v.studyId().orElse("none"),
                v.rounds(),
                v.privacy()
                        .map(p -> "epsilon " + p.epsilon() + ", delta " + p.delta())
                        .orElse("none"));
        for (TrainingSite site : v.trainingData().sites()) {
            out.printf(
                    "  trained at %s: %s, data sha256 %s%n",
                    site.site(),
                    site.count() == null ? "count not released" : site.count().toString(),
                    site.dataSha256() == null ? "not released" : site.dataSha256());
        }
        out.printf("  recipe: %s%n", v.trainingData().recipe());
        out.printf("  encoder licence: %s%n", v.encoderLicence());
        out.printf("  file: sha256 %s, %d bytes%n", v.fileSha256(), v.fileBytes());
        out.printf("  registered %s by %s%n", v.created(), v.createdBy());
        for (ModelEvaluation evaluation : details.latestBySite().values()) {
            out.printf(
                    "  site %s: %s %s (%s by %s)%n",
                    evaluation.site(),
                    evaluation.better() ? "better" : "not better",
                    evaluation.metrics(),
                    evaluation.evaluated(),
                    evaluation.recordedBy());
        }
        for (ModelStatusChange change : details.history()) {
            out.printf(
                    "  %s %s: %s by %s%s%n",
                    change.changed(),
                    change.action().label(),
                    change.status().label(),
                    change.changedBy(),
                    change.reason().map(reason -> " (" + reason + ")").orElse(""));
        }
        out.flush();
        return 0;
    }

    private static int defaultVersion(List<ModelVersion> versions) {
        return versions.stream()
                .filter(v -> v.status() == ModelStatus.PRODUCTION)
                .findFirst()
                .orElse(versions.get(versions.size() - 1))
                .version();
    }
}
