package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.cells.classify.AnnotatedImage;
import org.precis.cells.classify.AnnotatedImages;
import org.precis.cells.classify.CellClassReport;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.CellClassifierTraining;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.ClassifierSettings;
import org.precis.cells.classify.DetectedCellEvaluation;
import org.precis.cells.classify.JitterPlan;
import org.precis.cells.classify.MitosisCandidateSettings;
import org.precis.cells.classify.TrainingSettings;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.embed.OnnxEncoderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis cells train-classifier}: image-grouped nested cross-validation of the cell
 * classifier on a point-annotated set, and the model refitted on every image; or, with {@code
 * --compare}, the cross-validation of every combination of the feature parts.
 */
@Command(
        name = "train-classifier",
        mixinStandardHelpOptions = true,
        description = "Train the cell classifier (Tumor, Non-tumor, Mitosis, Apoptosis) on point annotations, "
                + "evaluated by nested cross-validation with folds grouped by image; --compare evaluates every "
                + "combination of the encoders and stain features instead.")
final class CellsTrainClassifierCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "Annotated set (images/, annotations/, cases.csv); default <data>/samples/cells/brecahad.")
    Path dataset;

    @Mixin
    CellRecipeOptions cellRecipe;

    @Option(
            names = "--mpp",
            defaultValue = "0.32",
            description = "Pixel size of the images in µm (default ${DEFAULT-VALUE}).")
    double mpp;

    @Option(
            names = "--compare",
            description = "Cross-validate every combination of the feature parts; no model is written.")
    boolean compare;

    @Option(
            names = "--threshold-on",
            defaultValue = "detections",
            description = "Choose the mitosis threshold on 'detections' (every nucleus the classical detector finds "
                    + "in the inner folds' held-out images, the classifier's use; also scores the outer folds on "
                    + "them) or on the annotated 'points' (default ${DEFAULT-VALUE}).")
    String thresholdOn;

    @Option(
            names = "--match-radius",
            defaultValue = "4",
            description = "Match radius in µm of detections to annotated points (default ${DEFAULT-VALUE}).")
    double matchRadius;

    @Option(
            names = "--mitosis-pairs",
            defaultValue = "13.5",
            paramLabel = "UM",
            description = "Also call mitoses at the midpoint of two detected nuclei at most UM µm apart, the darker at "
                    + "least at the image's median nuclear haematoxylin (anaphase/telophase figures); 0 for none "
                    + "(default ${DEFAULT-VALUE}).")
    double mitosisPairs;

    @Option(
            names = "--suppression",
            defaultValue = "4",
            paramLabel = "UM",
            description = "Keep one mitosis call per UM µm: non-maximum suppression; 0 for none "
                    + "(default ${DEFAULT-VALUE}).")
    double suppression;

    @Option(
            names = "--pair-views",
            negatable = true,
            defaultValue = "false",
            description = "Also train on pair candidates: near an annotated mitosis as Mitosis, between two annotated "
                    + "non-mitotic nuclei as the first one's class (default ${DEFAULT-VALUE}).")
    boolean pairViews;

    @Option(
            names = "--calls-per-mitosis",
            defaultValue = "4",
            description = "Most mitosis calls per annotated mitosis over whole images the inner folds' threshold "
                    + "allows (default ${DEFAULT-VALUE}; the target is at most 5).")
    double callsPerMitosis;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "JSON",
            description = "Where to write the model.")
    Path output;

    @Option(names = "--seed", defaultValue = "20261206", description = "Seed of jitter, folds and bootstrap.")
    long seed;

    @Option(
            names = "--bootstrap",
            defaultValue = "1000",
            description = "Image-bootstrap replicates of the 95%% intervals.")
    int bootstrap;

    @Option(names = "--threads", defaultValue = "2", description = "ONNX Runtime threads.")
    int threads;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder holding models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = DataFolder.resolve(data);
        Path set = dataset != null ? dataset : root.resolve("samples/cells/brecahad");
        if (!compare && output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give -o MODEL.json, or --compare");
        }
        if (!thresholdOn.equals("detections") && !thresholdOn.equals("points")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--threshold-on must be detections or points: " + thresholdOn);
        }
        CellFeatureRecipe recipe = cellRecipe.recipe(root);
        ClassifierSettings standard = ClassifierSettings.standard();
        ClassifierSettings classifier = new ClassifierSettings(
                standard.penalties(),
                standard.outerFolds(),
                standard.innerFolds(),
                standard.callsPerMitosis(),
                callsPerMitosis);
        TrainingSettings settings = new TrainingSettings(mpp, JitterPlan.standard(), classifier, seed, bootstrap);
        MitosisCandidateSettings candidates = new MitosisCandidateSettings(
                mitosisPairs, MitosisCandidateSettings.standard().pairDarkerQuantile(), suppression);
        List<AnnotatedImage> images = AnnotatedImages.read(set);
        Optional<NucleusDetector> detector =
                Optional.of(new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults()));
        CellClassifierTraining training = new CellClassifierTraining(
                root,
                settings,
                new OnnxEncoderOptions(threads, 32),
                detector,
                thresholdOn.equals("detections"),
                matchRadius,
                candidates,
                pairViews);
        List<CellClassifierTraining.Evaluation> evaluations = new ArrayList<>();
        if (compare) {
            evaluations.addAll(training.compare(images, recipe));
        } else {
            CellClassifierTraining.Outcome outcome = training.train(images, recipe, "precis " + PrecisCommand.VERSION);
            new CellClassifierModels().write(outcome.model(), output);
            evaluations.add(outcome.evaluation());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (CellClassifierTraining.Evaluation e : evaluations) {
                CellClassReport r = e.report();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("features", r.label());
                m.putAll(r.asMap());
                m.put("confusion_true_by_called", r.confusion());
                e.detections().ifPresent(d -> m.put("on_detections", detectedJson(d, settings)));
                list.add(m);
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("research_use", "research use only, not a diagnosis");
            top.put("images", images.size());
            top.put(
                    "cases",
                    images.stream().map(AnnotatedImage::caseId).distinct().count());
            top.put("results", list);
            if (output != null && !compare) {
                top.put("model", output.toString());
            }
            new JsonPrinter().print(out, top);
            return 0;
        }
        long cases = images.stream().map(AnnotatedImage::caseId).distinct().count();
        out.printf(
                Locale.ROOT,
                "%d images of %d case(s); nested cross-validation, folds grouped by image (%d outer x %d inner)%n",
                images.size(),
                cases,
                settings.classifier().outerFolds(),
                settings.classifier().innerFolds());
        if (cases == 1) {
            out.println("one case only: the figures are within-case (image-level) estimates, not across patients");
        }
        out.println("mitosis threshold chosen on " + thresholdOn + " in the inner folds");
        for (CellClassifierTraining.Evaluation e : evaluations) {
            print(out, e.report());
            e.detections().ifPresent(d -> printDetected(out, d, settings));
        }
        if (output != null && !compare) {
            out.println(output);
        }
        return 0;
    }

    private static DetectedCellEvaluation.Intervals intervals(DetectedCellEvaluation.Result d, TrainingSettings s) {
        return d.intervals(s.bootstrapReplicates(), new java.util.SplittableRandom(s.seed() + 4));
    }

    private static Map<String, Object> detectedJson(DetectedCellEvaluation.Result d, TrainingSettings s) {
        DetectedCellEvaluation.Intervals ci = intervals(d, s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detector", d.detector());
        m.put("match_radius_um", d.matchRadiusUm());
        m.put(
                "detections",
                d.images().stream()
                        .mapToInt(DetectedCellEvaluation.ImageResult::detections)
                        .sum());
        m.put(
                "annotated_mitoses",
                d.images().stream()
                        .mapToInt(DetectedCellEvaluation.ImageResult::annotatedMitoses)
                        .sum());
        m.put(
                "mitosis_calls",
                d.images().stream()
                        .mapToInt(DetectedCellEvaluation.ImageResult::mitosisCalls)
                        .sum());
        m.put("mitosis_recall", d.mitosisRecall());
        m.put("mitosis_recall_interval", ci.mitosisRecall());
        m.put("mitosis_calls_per_true_mitosis", d.callsPerTrueMitosis());
        m.put("mitosis_calls_per_true_mitosis_interval", ci.callsPerTrueMitosis());
        m.put("detector_mitosis_recall", d.detectorMitosisRecall());
        m.put("candidate_mitosis_recall", d.candidateMitosisRecall());
        m.put("detector_nucleus_recall", d.detectorNucleusRecall());
        m.put("images", d.images());
        return m;
    }

    private static void printDetected(PrintWriter out, DetectedCellEvaluation.Result d, TrainingSettings s) {
        DetectedCellEvaluation.Intervals ci = intervals(d, s);
        int candidates = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::candidates)
                .sum();
        int detections = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::detections)
                .sum();
        int calls = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::mitosisCalls)
                .sum();
        int mitoses = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::annotatedMitoses)
                .sum();
        out.printf(
                Locale.ROOT,
                "on whole images, every %s detection (%d nuclei, %d mitosis candidates, held-out folds): mitosis "
                        + "recall %.2f [%.2f, %.2f] (%d annotated mitoses; %.2f have a nucleus, %.2f a candidate "
                        + "within %.0f µm), %d mitosis calls = %.2f [%.2f, %.2f] per annotated mitosis; annotated "
                        + "nuclei detected %.2f%n",
                d.detector(),
                detections,
                candidates,
                d.mitosisRecall(),
                ci.mitosisRecall()[0],
                ci.mitosisRecall()[1],
                mitoses,
                d.detectorMitosisRecall(),
                d.candidateMitosisRecall(),
                d.matchRadiusUm(),
                calls,
                d.callsPerTrueMitosis(),
                ci.callsPerTrueMitosis()[0],
                ci.callsPerTrueMitosis()[1],
                d.detectorNucleusRecall());
    }

    static void print(PrintWriter out, CellClassReport r) {
        out.printf(
                Locale.ROOT,
                "%s: macro AUC %.3f [%.3f, %.3f]; mitosis recall %.2f [%.2f, %.2f], %.2f calls per true mitosis "
                        + "[%.2f, %.2f]%n",
                r.label(),
                r.macroAuc(),
                r.macroAucInterval()[0],
                r.macroAucInterval()[1],
                r.mitosisRecall(),
                r.mitosisRecallInterval()[0],
                r.mitosisRecallInterval()[1],
                r.mitosisCallsPerTrueMitosis(),
                r.mitosisCallsInterval()[0],
                r.mitosisCallsInterval()[1]);
        StringBuilder line = new StringBuilder("  ");
        for (CellClass k : CellClass.values()) {
            line.append(String.format(
                    Locale.ROOT,
                    "%s recall %.2f precision %.2f; ",
                    k.displayName(),
                    r.recall().get(k),
                    r.precision().get(k)));
        }
        out.println(line.toString().trim());
        out.print("  confusion (rows true, columns called: Tumor, Non-tumor, Mitosis, Apoptosis):");
        for (int[] row : r.confusion()) {
            out.print(" " + java.util.Arrays.toString(row));
        }
        out.println();
    }
}
