package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.patch.PatchEvaluation;
import org.precis.learn.patch.PatchTraining;
import org.precis.learn.patch.TrainingVariant;
import org.precis.learn.patch.ViewPooling;
import org.precis.learn.validation.Candidate;
import org.precis.learn.validation.CandidateGroup;
import org.precis.learn.validation.LabelledFeatures;
import org.precis.learn.validation.ModelSelection;
import org.precis.learn.validation.NestedCrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis patches ablation}: the nested-CV figures of each training variant alone (an
 * embedding with a view pooling; penalty chosen in the inner folds) and of the choice among all
 * of them (variant chosen in the inner folds too), as a Markdown table. All rows share the folds
 * and the inner scores, so each row is what nested CV of that variant alone gives.
 */
@Command(
        name = "ablation",
        mixinStandardHelpOptions = true,
        description =
                "Nested-CV accuracy and AUCs of each embedding variant and view pooling, and of choosing among them.")
final class PatchesAblationCommand implements Callable<Integer> {

    @Option(
            names = "--embeddings",
            required = true,
            paramLabel = "DIR",
            description = "Patch set folders of the same patches, embedded differently (repeat).")
    List<Path> embeddings = new ArrayList<>();

    @Mixin
    NestedCvOptions cv = new NestedCvOptions();

    @Mixin
    PatchHeadOptions headOptions = new PatchHeadOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<PatchSet> sets = new PatchSets().readAll(embeddings);
        List<TrainingVariant> variants = TrainingVariant.of(sets, cv.poolingSet());
        List<String> names = new ArrayList<>();
        for (TrainingVariant variant : variants) {
            String folder =
                    embeddings.get(sets.indexOf(variant.set())).getFileName().toString();
            names.add(variant.pooling() == ViewPooling.FEATURE_MEAN ? folder : folder + " per-view, p-mean");
        }
        LabelledFeatures all = PatchTraining.features(variants);
        ModelSelection selection = headOptions.selection(cv.innerFolds, cv.seed);
        List<CandidateGroup> groups = new ArrayList<>();
        List<String> rowNames = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            int rowsPerCase = all.variants().get(v)[0].length;
            for (int f = 0; f < selection.families().size(); f++) {
                if (selection.families().get(f).accepts(rowsPerCase)) {
                    groups.add(CandidateGroup.of(v, f));
                    rowNames.add(
                            names.get(v) + ", " + selection.families().get(f).name());
                }
            }
        }
        if (groups.size() > 1) {
            groups.add(CandidateGroup.all());
            rowNames.add("choice among all (inner CV)");
        }
        List<NestedCrossValidation.Result> results =
                new NestedCrossValidation(cv.outerFolds, selection).runEach(all, groups, new SplittableRandom(cv.seed));
        Bootstrap bootstrap = cv.bootstrap();
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "| variant | nested-CV accuracy (95% CI) | macro AUC | LUAD-vs-LUSC AUC | Brier | chosen per outer fold |");
        out.println("|---|---|---|---|---|---|");
        for (int g = 0; g < groups.size(); g++) {
            boolean choice = groups.get(g).variants() == null;
            row(out, rowNames.get(g), results.get(g), bootstrap, sets.get(0), choice ? names : null, selection);
        }
        return 0;
    }

    private void row(
            PrintWriter out,
            String name,
            NestedCrossValidation.Result result,
            Bootstrap bootstrap,
            PatchSet first,
            List<String> variantNames,
            ModelSelection selection) {
        PatchEvaluation e =
                PatchEvaluation.of(result.heldOut(), first.classNames(), bootstrap, new SplittableRandom(cv.seed + 1));
        List<String> chosen = new ArrayList<>();
        for (Candidate candidate : result.chosen()) {
            chosen.add((variantNames != null ? variantNames.get(candidate.variant()) + " " : "")
                    + selection.describe(candidate));
        }
        out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s |%n",
                name,
                figure(e.accuracy(), e.accuracyCi()),
                figure(e.macroAuc(), e.macroAucCi()),
                e.aucLuadVsLusc()
                        .map(v -> figure(v, e.aucLuadVsLuscCi().orElseThrow()))
                        .orElse("-"),
                figure(e.brier(), e.brierCi()),
                String.join(", ", chosen));
        out.flush();
    }

    private static String figure(double value, ConfidenceInterval ci) {
        return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", value, ci.lower(), ci.upper());
    }
}
