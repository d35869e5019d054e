package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.learn.patch.PatchTraining;
import org.precis.learn.patch.ReliabilityChart;
import org.precis.learn.validation.ModelSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis patches train}: nested cross-validation of the whole procedure, then the variant
 * and L2 penalty chosen by cross-validation on all patches and the head fitted on them.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a patch classifier (multinomial logistic regression, L2 penalty chosen by CV); "
                + "with several --embeddings of the same patches, the embedding is chosen by CV too.")
final class PatchesTrainCommand implements Callable<Integer> {

    @Option(names = "--embeddings", required = true, paramLabel = "DIR",
            description = "Patch set folder (from embed-patches) or .h5 file; repeat to let CV choose among variants.")
    List<Path> embeddings = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "JSON", description = "Where to write the model.")
    Path output;

    @Option(names = "--folds", defaultValue = "5", description = "Outer folds of the nested CV (default ${DEFAULT-VALUE}).")
    int outerFolds;

    @Option(names = "--inner-folds", defaultValue = "5",
            description = "Folds choosing the variant and penalty (default ${DEFAULT-VALUE}).")
    int innerFolds;

    @Option(names = "--l2", split = ",", paramLabel = "LAMBDA", defaultValue = "0.3,0.1,0.03,0.01,0.003,0.001",
            description = "L2 penalties to choose from (default ${DEFAULT-VALUE}).")
    List<Double> penalties = new ArrayList<>();

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap replicates for the 95% CIs.")
    int replicates;

    @Option(names = "--reliability-png", paramLabel = "PNG",
            description = "Also write the reliability diagram of the nested-CV held-out predictions.")
    Path reliabilityPng;

    @Option(names = "--seed", defaultValue = "20250101", description = "Seed of folds and bootstrap.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<PatchSet> variants = PatchesCommand.readPatchSets(embeddings);
        PatchTraining training = new PatchTraining(new ModelSelection(innerFolds, penalties), outerFolds,
                new Bootstrap(replicates, 0.95), Clock.systemUTC());
        PatchTraining.Result result = training.train(variants, seed, PrecisCommand.VERSION);
        new PatchClassifiers().write(result.classifier(), output);
        if (reliabilityPng != null) {
            PngFile.write(new ReliabilityChart("Nested-CV reliability: " + output.getFileName()).render(
                    result.nestedCv().reliability()), reliabilityPng);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "chosen: %s, L2 penalty %s%n", embeddings.get(result.chosen().variant()),
                result.chosen().l2Penalty());
        out.println("nested cross-validation (" + outerFolds + " outer x " + innerFolds + " inner folds):");
        PatchesEvaluateCommand.printText(out, result.nestedCv());
        out.println(output);
        return 0;
    }
}
