package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.precis.casework.training.TrainingPatchException;
import org.precis.casework.training.TrainingPatchExport;
import org.precis.casework.training.TrainingPatchRequest;
import org.precis.casework.training.TrainingPatchSummary;
import org.precis.slide.Slides;
import org.precis.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis cases training-patches}: the signed cases' annotations as a labelled patch folder. */
@Command(
        name = "training-patches",
        mixinStandardHelpOptions = true,
        description = "Cut labelled patches from the annotations of signed cases (each case's newest signed"
                + " version; drafts left out): one subfolder per class, labels.csv and provenance.json, a folder"
                + " precis embed --patches DIR --labels DIR/labels.csv reads as it reads LC25000's.")
final class CasesTrainingPatchesCommand implements Callable<Integer> {

    @Option(
            names = "--classes",
            required = true,
            split = ",",
            paramLabel = "CLASS",
            description = "Annotation classes to export (properties.classification.name), e.g. tumour,stroma.")
    List<String> classes;

    @Option(names = "--patch-um", required = true, paramLabel = "UM", description = "Patch side in µm, e.g. 112.")
    double patchUm;

    @Option(
            names = "--mpp",
            required = true,
            paramLabel = "M",
            description = "µm/px the patches are read at, e.g. 0.5 (with --patch-um 112: 224 px patches).")
    double mpp;

    @Option(
            names = "--min-overlap",
            paramLabel = "FRACTION",
            description = "Keep a patch when at least this fraction of its area lies inside its annotation"
                    + " (default 0.5, i.e. 50%%).")
    Double minOverlap;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The patch folder to make (missing or empty).")
    Path output;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Mixin
    SlideFoldersOption slideFolders;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainingPatchRequest request = new TrainingPatchRequest(
                classes,
                patchUm,
                mpp,
                minOverlap == null ? TrainingPatchRequest.DEFAULT_MIN_INSIDE_FRACTION : minOverlap);
        PrintWriter out = spec.commandLine().getOut();
        TrainingPatchSummary summary;
        try (Store store = storeOptions.open();
                Slides engine = Slides.withDefaults()) {
            summary = new TrainingPatchExport(
                            store.cases(),
                            store.audit(),
                            slideFolders.library(),
                            engine,
                            Clock.systemUTC(),
                            "precis " + PrecisCommand.VERSION)
                    .export(request, output, "cli");
        } catch (TrainingPatchException e) {
            spec.commandLine().getErr().println("precis: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ErrorReporter.INPUT_FAILURE;
        }
        if (json) {
            new JsonPrinter().print(out, summary);
            return 0;
        }
        out.printf(
                Locale.ROOT,
                "%d patches of %d px (%s) from %d signed case%s into %s%n",
                summary.patches(),
                summary.patchPx(),
                summary.perClass().entrySet().stream()
                        .map(count -> count.getKey() + " " + count.getValue())
                        .collect(Collectors.joining(", ")),
                summary.casesUsed(),
                summary.casesUsed() == 1 ? "" : "s",
                summary.output());
        out.flush();
        return 0;
    }
}
