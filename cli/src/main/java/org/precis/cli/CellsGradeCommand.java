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
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.NucleusPoints;
import org.precis.cells.classify.PlainImages;
import org.precis.cells.grade.ClassifiedFields;
import org.precis.cells.grade.ComponentUncertainty;
import org.precis.cells.grade.GradeAssessment;
import org.precis.cells.grade.GradeComponents;
import org.precis.cells.grade.GradeSettings;
import org.precis.cells.grade.GradingField;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.report.cells.CellOverlay;
import org.precis.report.figure.FigureFile;
import org.precis.slide.RgbImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis cells grade}: the Nottingham grade components of tumour fields from their nuclei,
 * classified by the cell classifier, with bootstrap intervals and the grade from the clinical
 * module. Research use only, not a diagnosis.
 */
@Command(
        name = "grade",
        mixinStandardHelpOptions = true,
        description = "Nottingham grade components (mitotic count and score, nuclear pleomorphism, tubule "
                + "formation) of H&E tumour fields, with bootstrap intervals; research use only, not a diagnosis.")
final class CellsGradeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Field images (JPEG, PNG, TIFF).")
    List<Path> images = new ArrayList<>();

    @Option(names = "--mpp", required = true, description = "Pixel size of the images in µm.")
    double mpp;

    @Option(
            names = "--nuclei",
            paramLabel = "DIR",
            description = "Folder of IMAGE-NAME.csv nucleus files (header with x, y in pixels; area_um2 optional); "
                    + "without it the classical detector finds the nuclei.")
    Path nuclei;

    @Option(
            names = "--field-diameter",
            defaultValue = "0.50",
            description =
                    "Diameter in mm of the high-power field the counts refer to (0.40-0.69; default ${DEFAULT-VALUE}).")
    double fieldDiameter;

    @Option(names = "--model", paramLabel = "JSON", description = "Cell classifier file (default: the shipped model).")
    Path model;

    @Option(
            names = "--replicates",
            defaultValue = "2000",
            description = "Bootstrap replicates (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "20261206", description = "Seed of the bootstrap.")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "ONNX Runtime threads.")
    int threads;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder holding models/ (default PRECIS_DATA or ../shared).")
    Path data;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(
            names = "--overlay",
            paramLabel = "DIR",
            description = "Also draw each field with its nuclei outlined by class, a legend with counts, a scale bar"
                    + " and a caption, to DIR/<field>.cells-overlay.png (an existing folder; not with --nuclei).")
    Path overlay;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.json",
            description = "Also write the JSON that --json prints to FILE.json.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
                throw new IllegalArgumentException(output + ": the output folder " + folder + " does not exist");
            }
        }
        if (overlay != null) {
            if (nuclei != null) {
                throw new IllegalArgumentException("--overlay draws detected nuclei; it cannot be used with --nuclei");
            }
            if (!java.nio.file.Files.isDirectory(overlay)) {
                throw new IllegalArgumentException(overlay + ": --overlay folder does not exist");
            }
        }
        GradeSettings settings = new GradeSettings(fieldDiameter, 25, replicates, 0.95);
        CellClassifierModels models = new CellClassifierModels();
        CellClassifierModel classifierModel = model != null ? models.read(model) : models.shipped();
        List<GradingField> fields = new ArrayList<>();
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        try (CellClassifier classifier =
                CellClassifier.open(classifierModel, DataFolder.resolve(data), new OnnxEncoderOptions(threads, 32))) {
            ClassifiedFields classified = new ClassifiedFields(classifier);
            for (Path image : images) {
                String name = SlideQcCommand.stem(image);
                RgbImage pixels = PlainImages.read(image);
                if (nuclei != null) {
                    fields.add(classified.field(name, pixels, mpp, NucleusPoints.read(nuclei.resolve(name + ".csv"))));
                    continue;
                }
                List<Nucleus> found = detector.detect(pixels, mpp);
                GradingField field = classified.detectedField(name, pixels, mpp, found);
                fields.add(field);
                if (overlay != null) {
                    FigureFile.write(
                            CellOverlay.ofField(
                                    image.getFileName().toString(),
                                    pixels,
                                    mpp,
                                    ClassifiedFields.cells(found, field),
                                    detector.name(),
                                    model != null ? model.toString() : "shipped with Precis"),
                            overlay.resolve(name + ".cells-overlay.png"));
                }
            }
        }
        GradeAssessment assessment = new GradeComponents(settings).assess(fields, new SplittableRandom(seed));
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            new JsonPrinter().write(output, asJson(assessment));
        }
        if (json) {
            new JsonPrinter().print(out, asJson(assessment));
        } else {
            printText(out, assessment);
        }
        return 0;
    }

    static Map<String, Object> asJson(GradeAssessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("research_use", a.researchUse());
        out.put("fields", a.fields());
        out.put("hpf_blocks", a.blocks());
        Map<String, Object> mitotic = new LinkedHashMap<>();
        var m = a.mitoticActivity();
        mitotic.put("field_diameter_mm", m.fieldDiameterMm());
        mitotic.put("mitoses", m.mitoses());
        mitotic.put("tumour_area_mm2", m.tumourAreaMm2());
        mitotic.put("per_mm2", m.perMm2());
        mitotic.put("per_10_hpf", m.countPer10Hpf());
        mitotic.put("hot_spot_area_mm2", m.hotSpotAreaMm2());
        mitotic.put("hot_spot_per_mm2", m.hotSpotPerMm2());
        mitotic.put("hot_spot_per_10_hpf", m.hotSpotCountPer10Hpf());
        mitotic.put("hot_spot_short_of_10_hpf", m.hotSpotShortOfTenFields());
        mitotic.put("score", m.score());
        mitotic.put("bootstrap", uncertainty(a.mitoticUncertainty()));
        out.put("mitotic_count", mitotic);
        Map<String, Object> pleomorphism = new LinkedHashMap<>();
        a.pleomorphism().ifPresent(p -> {
            pleomorphism.put("tumour_nuclei", p.tumourNuclei());
            pleomorphism.put("reference_nuclei", p.referenceNuclei());
            pleomorphism.put("tumour_median_area_um2", p.tumourMedianAreaUm2());
            pleomorphism.put("reference_median_area_um2", p.referenceMedianAreaUm2());
            pleomorphism.put("size_ratio", p.sizeRatio());
            pleomorphism.put("area_cv", p.areaCv());
            pleomorphism.put("score", p.score());
        });
        a.pleomorphismUncertainty().ifPresent(u -> pleomorphism.put("bootstrap", uncertainty(u)));
        a.pleomorphismMissing().ifPresent(reason -> pleomorphism.put("not_estimated", reason));
        out.put("nuclear_pleomorphism", pleomorphism);
        Map<String, Object> tubules = new LinkedHashMap<>();
        a.tubules().ifPresent(t -> {
            tubules.put("percent", t.percent());
            tubules.put("score", t.score());
        });
        a.tubuleUncertainty().ifPresent(u -> tubules.put("bootstrap", uncertainty(u)));
        a.tubulesMissing().ifPresent(reason -> tubules.put("not_estimated", reason));
        out.put("tubule_formation", tubules);
        a.grade().ifPresent(g -> out.put("grade", g.number()));
        out.put("possible_grades", a.possibleGrades());
        if (a.grade().isPresent()) {
            out.put("grade_probabilities", a.gradeProbabilities());
        }
        return out;
    }

    private static Map<String, Object> uncertainty(ComponentUncertainty u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ci_low", u.lower());
        out.put("ci_high", u.upper());
        out.put("level", u.level());
        out.put("score_probabilities", u.scoreProbabilities());
        out.put("draws", u.draws());
        return out;
    }

    static void printText(PrintWriter out, GradeAssessment a) {
        var m = a.mitoticActivity();
        var mu = a.mitoticUncertainty();
        out.println("Nottingham grade components (" + a.researchUse() + ")");
        out.printf(
                Locale.ROOT,
                "fields %d, HPF blocks %d, tumour area %.3f mm²%n",
                a.fields(),
                a.blocks(),
                m.tumourAreaMm2());
        if (a.blocks() < 2) {
            out.println("one HPF block: the bootstrap has no spread to show");
        }
        out.printf(
                Locale.ROOT,
                "mitoses: %d; %.1f per mm² of tumour = %.1f per 10 HPF of %.2f mm; hot spot %.1f per 10 HPF "
                        + "[%.1f, %.1f]%s%n",
                m.mitoses(),
                m.perMm2(),
                m.countPer10Hpf(),
                m.fieldDiameterMm(),
                m.hotSpotCountPer10Hpf(),
                mu.lower(),
                mu.upper(),
                m.hotSpotShortOfTenFields()
                        ? String.format(
                                Locale.ROOT, " (tumour area %.2f mm² is less than 10 HPF: scaled)", m.hotSpotAreaMm2())
                        : "");
        out.printf(Locale.ROOT, "mitotic score %d %s%n", m.score(), probabilities(mu));
        if (a.pleomorphism().isPresent()) {
            var p = a.pleomorphism().get();
            out.printf(
                    Locale.ROOT,
                    "nuclear pleomorphism score %d %s (research estimate: tumour/non-tumour median area %.2f, "
                            + "area CV %.2f)%n",
                    p.score(),
                    probabilities(a.pleomorphismUncertainty().orElseThrow()),
                    p.sizeRatio(),
                    p.areaCv());
        } else {
            out.println("nuclear pleomorphism not estimated: "
                    + a.pleomorphismMissing().orElse(""));
        }
        if (a.tubules().isPresent()) {
            var t = a.tubules().get();
            out.printf(
                    Locale.ROOT,
                    "tubule formation %.0f%%: score %d %s%n",
                    t.percent(),
                    t.score(),
                    probabilities(a.tubuleUncertainty().orElseThrow()));
        } else {
            out.println("tubule formation not estimated: " + a.tubulesMissing().orElse(""));
        }
        if (a.grade().isPresent()) {
            double[] g = a.gradeProbabilities();
            out.printf(
                    Locale.ROOT,
                    "grade %d (P(grade 1, 2, 3) = %.2f, %.2f, %.2f)%n",
                    a.grade().get().number(),
                    g[0],
                    g[1],
                    g[2]);
        } else {
            out.println("grade: one of " + a.possibleGrades() + " (not every component could be estimated)");
        }
    }

    private static String probabilities(ComponentUncertainty u) {
        double[] p = u.scoreProbabilities();
        return String.format(Locale.ROOT, "(P(1, 2, 3) = %.2f, %.2f, %.2f)", p[0], p[1], p[2]);
    }
}
