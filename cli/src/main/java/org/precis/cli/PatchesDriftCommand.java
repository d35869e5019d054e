package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.io.file.AtomicFile;
import org.precis.learn.StandardisedHead;
import org.precis.learn.drift.DriftAnalysis;
import org.precis.learn.drift.DriftJson;
import org.precis.learn.drift.DriftReport;
import org.precis.learn.drift.Estimate;
import org.precis.learn.drift.RecordedComparison;
import org.precis.learn.drift.ShiftSummary;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.report.figure.FigureFile;
import org.precis.report.learn.DriftFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis patches drift}: a site's drift against a logistic patch classifier. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = "Drift of a labelled patch set against a logistic model: the embedding shift against the"
                + " model's training moments (per-feature z and sd ratio, beside a half-against-half no-drift"
                + " baseline) and the calibration of its predictions (accuracy, log loss, Brier, ECE with 95%%"
                + " bootstrap CIs, reliability table, differences to the model's recorded figures).")
final class PatchesDriftCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "Logistic model from patches train.")
    Path modelFile;

    @Parameters(
            index = "1",
            paramLabel = "PATCHES.h5",
            description = "Labelled patch set embedded with the model's recipe.")
    Path patchesFile;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also write the figure (.png or .svg).")
    Path plot;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the full report (JSON).")
    Path output;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap replicates for the 95%% CIs.")
    int replicates;

    @Option(names = "--seed", defaultValue = "20250101", description = "Seed of the baseline halves and the bootstrap.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (plot != null) {
            FigureFile.requireFormat(plot);
        }
        PatchClassifier model = new PatchClassifiers().read(modelFile);
        if (!(model.head() instanceof StandardisedHead)) {
            throw new PatchInputException(
                    modelFile,
                    "the model's head carries no standardisation: drift is measured"
                            + " against a head's training moments");
        }
        PatchSet set = new PatchSets().readAll(List.of(patchesFile)).get(0);
        if (!set.recipe().equals(model.recipe())) {
            PatchRecipes recipes = new PatchRecipes();
            throw new PatchInputException(
                    patchesFile,
                    "embedded with " + recipes.toText(set.recipe()) + " but model " + modelFile + " needs "
                            + recipes.toText(model.recipe()));
        }
        if (!set.classNames().equals(model.classNames())) {
            throw new PatchInputException(
                    patchesFile,
                    "classes " + set.classNames() + " differ from model " + modelFile + " classes "
                            + model.classNames());
        }
        DriftReport report;
        try {
            report = new DriftAnalysis(replicates, seed).analyse(model, set);
        } catch (IllegalArgumentException e) {
            throw new PatchInputException(patchesFile, e.getMessage(), e);
        }
        DriftJson writer = new DriftJson();
        if (output != null) {
            AtomicFile.writeString(output, writer.toText(report));
        }
        if (plot != null) {
            FigureFile.write(DriftFigure.of(patchesFile.getFileName().toString(), report), plot);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(writer.toText(report));
        } else {
            printText(out, report);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, DriftReport report) {
        out.printf(Locale.ROOT, "n %d%n", report.n());
        report.embedding()
                .ifPresentOrElse(
                        e -> {
                            out.println("embedding shift             site     no-drift baseline");
                            shift(out, e.summary(), e.noDriftBaseline());
                        },
                        () -> out.println(DriftReport.NO_MOMENTS));
        var c = report.calibration();
        line(out, "accuracy", c.accuracy());
        line(out, "log loss", c.logLoss());
        line(out, "Brier (multiclass)", c.brier());
        line(out, "expected calibration error", c.expectedCalibrationError());
        for (RecordedComparison r : c.againstProvenance()) {
            out.printf(
                    Locale.ROOT,
                    "%-27s %+.4f against the model's %s %.4f%n",
                    r.figure(),
                    r.difference(),
                    r.provenanceKey(),
                    r.recorded());
        }
    }

    private static void shift(PrintWriter out, ShiftSummary s, ShiftSummary b) {
        out.printf(Locale.ROOT, "  mean |z|                  %8.4f %8.4f%n", s.meanAbsZ(), b.meanAbsZ());
        out.printf(Locale.ROOT, "  95th percentile |z|       %8.4f %8.4f%n", s.p95AbsZ(), b.p95AbsZ());
        out.printf(
                Locale.ROOT,
                "  max |z| (feature)         %8.4f %8.4f  (%d)%n",
                s.maxAbsZ(),
                b.maxAbsZ(),
                s.maxAbsZFeature());
        out.printf(
                Locale.ROOT, "  share |z| > 0.25          %8.4f %8.4f%n", s.shareAbsZAbove025(), b.shareAbsZAbove025());
        out.printf(
                Locale.ROOT, "  share |z| > 0.5           %8.4f %8.4f%n", s.shareAbsZAbove050(), b.shareAbsZAbove050());
        out.printf(
                Locale.ROOT,
                "  sd ratio median (5-95%%)   %8.4f %8.4f  (%.3f-%.3f)%n",
                s.sdRatioMedian(),
                b.sdRatioMedian(),
                s.sdRatioP05(),
                s.sdRatioP95());
        out.printf(Locale.ROOT, "  mean squared norm         %8.4f %8.4f%n", s.meanSquaredNorm(), b.meanSquaredNorm());
    }

    private static void line(PrintWriter out, String name, Estimate e) {
        out.printf(Locale.ROOT, "%-27s %.4f  (95%% CI %.4f-%.4f)%n", name, e.value(), e.ci().lower(), e.ci().upper());
    }
}
