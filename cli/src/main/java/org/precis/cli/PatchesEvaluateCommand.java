package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.precis.embed.EncoderException;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.metrics.ReliabilityBin;
import org.precis.learn.patch.LoadedPatchModel;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.learn.patch.PatchEvaluation;
import org.precis.learn.patch.PatchModels;
import org.precis.report.figure.FigureFile;
import org.precis.report.learn.ReliabilityChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis patches evaluate}: a saved model's figures on an embedded, labelled patch set. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluate a model on labelled patches (a patch set, or images embedded here with the model's "
                + "recipe): accuracy, macro AUC, LUAD-vs-LUSC AUC, Brier "
                + "(95%% bootstrap CIs), confusion matrix, reliability.")
final class PatchesEvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "JSON", description = "Model from patches train.")
    Path modelFile;

    /** A patch set embedded beforehand, or labelled images embedded here with the model's recipe. */
    static final class Input {
        @Option(
                names = "--embeddings",
                required = true,
                paramLabel = "DIR",
                description = "Patch set folder or .h5 file, embedded with the model's recipe.")
        Path embeddings;

        @ArgGroup(exclusive = false)
        LabelledImages images;
    }

    /** Labelled image files, embedded here exactly as the model's recipe says. */
    static final class LabelledImages {
        @Option(
                names = "--patches",
                required = true,
                paramLabel = "DIR",
                description = "Folder of labelled images (new images: embedded here with the model's recipe, "
                        + "Reinhard's target included).")
        Path folder;

        @Option(
                names = "--labels",
                required = true,
                paramLabel = "CSV",
                description = "With --patches: CSV with header path (relative to --patches), label.")
        Path labels;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "With --patches: data folder with models/ " + "(default PRECIS_DATA or ../shared).")
    Path data;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "With --patches: threads for decoding and inference (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    /** With --patches: the separator of the labels CSV. */
    @Mixin
    SeparatorOption separator = new SeparatorOption();

    @Option(
            names = "--reliability-png",
            paramLabel = "FILE",
            description = "Also write the reliability diagram (.png or .svg).")
    Path reliabilityPng;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap replicates for the 95%% CIs.")
    int replicates;

    @Option(names = "--seed", defaultValue = "20250101", description = "Seed of the bootstrap.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PatchClassifier model = new PatchClassifiers().read(modelFile);
        ClassProbabilities cases =
                input.embeddings != null ? fromPatchSet(model, input.embeddings) : fromImages(model, input.images);
        PatchEvaluation evaluation = PatchEvaluation.of(
                cases, model.classNames(), new Bootstrap(replicates, 0.95), new SplittableRandom(seed));
        if (reliabilityPng != null) {
            FigureFile.write(
                    new ReliabilityChart("Reliability: " + modelFile.getFileName(), evaluation.reliability()),
                    reliabilityPng);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, asJson(evaluation));
        } else {
            printText(out, evaluation);
        }
        return 0;
    }

    private ClassProbabilities fromPatchSet(PatchClassifier model, Path embeddings) throws IOException {
        PatchSet set = new PatchSets().readAll(List.of(embeddings)).get(0);
        if (!set.recipe().equals(model.recipe())) {
            PatchRecipes recipes = new PatchRecipes();
            throw new PatchInputException(
                    embeddings,
                    "embedded with " + recipes.toText(set.recipe())
                            + " but model " + modelFile + " needs " + recipes.toText(model.recipe())
                            + " (embed the images with `embed --recipe-from " + modelFile + "`, or give them here with"
                            + " --patches and --labels)");
        }
        if (!set.classNames().equals(model.classNames())) {
            throw new PatchInputException(
                    embeddings,
                    "classes " + set.classNames() + " differ from model " + modelFile + " classes "
                            + model.classNames());
        }
        try {
            ClassProbabilities cases = new ClassProbabilities(
                    set.classIndex(),
                    model.probabilities(set),
                    model.classNames().size());
            warnIfTrainingData(model, set.dataSha256(), embeddings);
            return cases;
        } catch (IllegalArgumentException e) {
            throw new PatchInputException(embeddings, e.getMessage(), e);
        }
    }

    private ClassProbabilities fromImages(PatchClassifier model, LabelledImages images)
            throws IOException, EncoderException {
        LabelledPatches patches = LabelledPatches.read(images.folder, images.labels, separator.separator());
        int[] classIndex = new int[patches.size()];
        for (int i = 0; i < classIndex.length; i++) {
            classIndex[i] = model.classNames().indexOf(patches.labels().get(i));
            if (classIndex[i] < 0) {
                throw new PatchInputException(
                        images.labels,
                        "label '" + patches.labels().get(i) + "' of "
                                + patches.fileNames().get(i) + " is not a class of model " + modelFile + " "
                                + model.classNames());
            }
        }
        List<double[]> probabilities;
        try (LoadedPatchModel loaded = new PatchModels(DataFolder.resolve(data)).load(modelFile, threads)) {
            probabilities = loaded.probabilities(patches.files());
        }
        warnIfTrainingData(model, patches.dataSha256(), images.folder);
        return new ClassProbabilities(
                classIndex,
                probabilities.toArray(double[][]::new),
                model.classNames().size());
    }

    /** A model scores near 1 on the patches it was trained on: say so beside the figures (once they stand). */
    private void warnIfTrainingData(PatchClassifier model, String dataSha256, Path data) {
        if (model.provenance().trainedOn(dataSha256)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("precis: warning: " + data + " is the training data of model " + modelFile + " (same data"
                    + " SHA-256 " + dataSha256.substring(0, 12) + "...): these figures say how well it remembers,"
                    + " not how it does on new images");
            err.flush();
        }
    }

    static Map<String, Object> asJson(PatchEvaluation evaluation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", evaluation.n());
        root.put("accuracy", evaluation.accuracy());
        root.put("accuracy_ci", bounds(evaluation.accuracyCi()));
        root.put("macro_auc", evaluation.macroAuc());
        root.put("macro_auc_ci", bounds(evaluation.macroAucCi()));
        root.put("auc_luad_vs_lusc", evaluation.aucLuadVsLusc().orElse(null));
        root.put(
                "auc_luad_vs_lusc_ci",
                evaluation.aucLuadVsLuscCi().map(PatchesEvaluateCommand::bounds).orElse(null));
        root.put("brier", evaluation.brier());
        root.put("brier_ci", bounds(evaluation.brierCi()));
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("classes", evaluation.classNames());
        confusion.put("rows", "true class");
        confusion.put("columns", "predicted class");
        confusion.put("counts", evaluation.confusion());
        root.put("confusion", confusion);
        root.put("expected_calibration_error", evaluation.reliability().expectedCalibrationError());
        List<Map<String, Object>> bins = new ArrayList<>();
        for (ReliabilityBin bin : evaluation.reliability().bins()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("lower", bin.lower());
            b.put("upper", bin.upper());
            b.put("count", bin.count());
            b.put("mean_confidence", bin.meanConfidence());
            b.put("accuracy", bin.accuracy());
            bins.add(b);
        }
        root.put("reliability", bins);
        return root;
    }

    private static double[] bounds(ConfidenceInterval ci) {
        return new double[] {ci.lower(), ci.upper()};
    }

    static void printText(PrintWriter out, PatchEvaluation e) {
        out.printf(Locale.ROOT, "n %d%n", e.n());
        line(out, "accuracy", e.accuracy(), e.accuracyCi());
        line(out, "macro AUC (one-vs-rest)", e.macroAuc(), e.macroAucCi());
        e.aucLuadVsLusc()
                .ifPresent(v ->
                        line(out, "AUC LUAD vs LUSC", v, e.aucLuadVsLuscCi().orElseThrow()));
        line(out, "Brier (multiclass)", e.brier(), e.brierCi());
        out.printf(
                Locale.ROOT,
                "expected calibration error %.4f%n",
                e.reliability().expectedCalibrationError());
        out.println("confusion (rows true, columns predicted): " + e.classNames());
        for (int k = 0; k < e.confusion().length; k++) {
            StringBuilder row = new StringBuilder(
                    String.format(Locale.ROOT, "  %-12s", e.classNames().get(k)));
            for (long count : e.confusion()[k]) {
                row.append(String.format(Locale.ROOT, " %6d", count));
            }
            out.println(row);
        }
        out.flush();
    }

    private static void line(PrintWriter out, String name, double value, ConfidenceInterval ci) {
        out.printf(Locale.ROOT, "%-24s %.4f  (95%% CI %.4f-%.4f)%n", name, value, ci.lower(), ci.upper());
    }
}
