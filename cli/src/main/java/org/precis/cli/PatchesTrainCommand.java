package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.learn.patch.PatchTraining;
import org.precis.learn.patch.TrainingVariant;
import org.precis.report.figure.FigureFile;
import org.precis.report.learn.ReliabilityChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis patches train}: nested cross-validation of the whole procedure, then the variant
 * and L2 penalty chosen by cross-validation on all patches and the head fitted on them.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train a patch classifier (logistic regression and/or an MLP head, settings chosen by CV); "
                + "with several --embeddings of the same patches, or per-view features, the embedding and view "
                + "pooling are chosen by CV too.")
final class PatchesTrainCommand implements Callable<Integer> {

    @Option(
            names = "--embeddings",
            required = true,
            paramLabel = "DIR",
            description =
                    "Patch set folder (from embed --patches) or .h5 file; repeat to let CV choose among variants.")
    List<Path> embeddings = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "JSON",
            description = "Where to write the model.")
    Path output;

    @Mixin
    NestedCvOptions cv = new NestedCvOptions();

    @Mixin
    PatchHeadOptions headOptions = new PatchHeadOptions();

    @Option(
            names = "--reliability-png",
            paramLabel = "FILE",
            description = "Also write the reliability diagram of the nested-CV held-out predictions (.png or .svg).")
    Path reliabilityPng;

    @Option(
            names = "--class-name",
            paramLabel = "LABEL=NAME",
            description = "The name a reader sees for a class label in heatmaps and reports, e.g. "
                    + "lung_aca='lung adenocarcinoma' (repeatable; default: the label, underscores as spaces).")
    Map<String, String> classDisplayNames = new LinkedHashMap<>();

    @Option(
            names = "--progress",
            defaultValue = "auto",
            paramLabel = "WHEN",
            converter = EmbedProgress.DisplayConverter.class,
            description = "Say on stderr what the training does and how long it took: auto (on a terminal), always "
                    + "or never (default ${DEFAULT-VALUE}).")
    EmbedProgress.Display progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<PatchSet> variants = new PatchSets().readAll(embeddings);
        for (String label : classDisplayNames.keySet()) {
            if (!variants.get(0).classNames().contains(label)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--class-name " + label + ": no such class; the classes are "
                                + variants.get(0).classNames());
            }
        }
        PatchTraining training = new PatchTraining(
                headOptions.selection(cv.innerFolds, cv.seed), cv.outerFolds, cv.bootstrap(), Clock.systemUTC());
        boolean shown = progress.shown(System.console() != null);
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        if (shown) {
            err.printf(
                    Locale.ROOT,
                    "training: nested cross-validation (%d outer x %d inner folds) over %d patch "
                            + "set(s), then the chosen head fitted on all patches%n",
                    cv.outerFolds,
                    cv.innerFolds,
                    variants.size());
            err.flush();
        }
        PatchTraining.Result result =
                training.trainVariants(TrainingVariant.of(variants, cv.poolingSet()), cv.seed, PrecisCommand.VERSION);
        if (shown) {
            err.printf(Locale.ROOT, "training: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            err.flush();
        }
        new PatchClassifiers().write(result.classifier().withDisplayNames(classDisplayNames), output);
        if (reliabilityPng != null) {
            FigureFile.write(
                    new ReliabilityChart(
                            "Nested-CV reliability: " + output.getFileName(),
                            result.nestedCv().reliability()),
                    reliabilityPng);
        }
        PrintWriter out = spec.commandLine().getOut();
        PatchSet chosenSet = variants.stream()
                .filter(v -> v.recipe().equals(result.classifier().recipe()))
                .findFirst()
                .orElseThrow();
        out.printf(
                Locale.ROOT,
                "chosen: %s, %s, %s%n",
                embeddings.get(variants.indexOf(chosenSet)),
                result.classifier().viewPooling().jsonName(),
                result.classifier().provenance().parameters().get("head_setting"));
        out.println("nested cross-validation (" + cv.outerFolds + " outer x " + cv.innerFolds + " inner folds):");
        PatchesEvaluateCommand.printText(out, result.nestedCv());
        out.println(output);
        return 0;
    }
}
