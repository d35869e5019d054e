package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.metrics.ReliabilityBin;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.learn.patch.PatchEvaluation;
import org.precis.learn.patch.ReliabilityChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis patches evaluate}: a saved model's figures on an embedded, labelled patch set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on a labelled patch set: accuracy, macro AUC, LUAD-vs-LUSC AUC, Brier "
                + "(95%% bootstrap CIs), confusion matrix, reliability.")
final class PatchesEvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "JSON", description = "Model from patches train.")
    Path modelFile;

    @Option(names = "--embeddings", required = true, paramLabel = "DIR", description = "Patch set folder or .h5 file.")
    Path embeddings;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--reliability-png", paramLabel = "PNG", description = "Also write the reliability diagram.")
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
        PatchSet set = PatchesCommand.readPatchSets(List.of(embeddings)).get(0);
        if (!set.recipe().equals(model.recipe())) {
            PatchRecipes recipes = new PatchRecipes();
            throw new PatchInputException(embeddings, "embedded with " + recipes.toText(set.recipe())
                    + " but model " + modelFile + " needs " + recipes.toText(model.recipe()));
        }
        if (!set.classNames().equals(model.classNames())) {
            throw new PatchInputException(embeddings, "classes " + set.classNames() + " differ from model "
                    + modelFile + " classes " + model.classNames());
        }
        double[][] probabilities;
        try {
            probabilities = model.probabilities(set);
        } catch (IllegalArgumentException e) {
            throw new PatchInputException(embeddings, e.getMessage(), e);
        }
        ClassProbabilities cases = new ClassProbabilities(set.classIndex(), probabilities, model.classNames().size());
        PatchEvaluation evaluation = PatchEvaluation.of(cases, model.classNames(), new Bootstrap(replicates, 0.95),
                new SplittableRandom(seed));
        if (reliabilityPng != null) {
            PngFile.write(new ReliabilityChart("Reliability: " + modelFile.getFileName()).render(
                    evaluation.reliability()), reliabilityPng);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, asJson(evaluation));
        } else {
            printText(out, evaluation);
        }
        return 0;
    }

    static Map<String, Object> asJson(PatchEvaluation evaluation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", evaluation.n());
        root.put("accuracy", evaluation.accuracy());
        root.put("accuracy_ci", bounds(evaluation.accuracyCi()));
        root.put("macro_auc", evaluation.macroAuc());
        root.put("macro_auc_ci", bounds(evaluation.macroAucCi()));
        root.put("auc_luad_vs_lusc", evaluation.aucLuadVsLusc().orElse(null));
        root.put("auc_luad_vs_lusc_ci", evaluation.aucLuadVsLuscCi().map(PatchesEvaluateCommand::bounds).orElse(null));
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
        e.aucLuadVsLusc().ifPresent(v -> line(out, "AUC LUAD vs LUSC", v, e.aucLuadVsLuscCi().orElseThrow()));
        line(out, "Brier (multiclass)", e.brier(), e.brierCi());
        out.printf(Locale.ROOT, "expected calibration error %.4f%n", e.reliability().expectedCalibrationError());
        out.println("confusion (rows true, columns predicted): " + e.classNames());
        for (int k = 0; k < e.confusion().length; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-12s", e.classNames().get(k)));
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
