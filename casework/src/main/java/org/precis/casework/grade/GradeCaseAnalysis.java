package org.precis.casework.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.grade.ClassifiedFields;
import org.precis.cells.grade.ComponentUncertainty;
import org.precis.cells.grade.GradeAssessment;
import org.precis.cells.grade.GradeComponents;
import org.precis.cells.grade.GradeSettings;
import org.precis.cells.grade.GradingField;
import org.precis.cells.grade.MitoticActivity;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.GeoJsonCells;
import org.precis.cells.output.PixelRegion;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.file.FileSha256;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * The Nottingham grade components of a region of a breast H&amp;E slide (the whole slide when it is
 * small enough), as {@code precis cells grade} computes them for a field: nuclei by the classical
 * detector at the slide's own pixels, classed Tumor / Non-tumor / Mitosis / Apoptosis by the
 * shipped cell classifier (mitoses between split nuclei included), then the mitotic count per mm²
 * and per 10 high-power fields of 0.50 mm with its score, nuclear pleomorphism, tubule formation
 * (a research estimate, unvalidated) and the grade through the clinical module, with bootstrap
 * intervals over the region's high-power-field blocks. The classed nuclei are the overlay. A
 * pathologist reviews each finding; none is a diagnosis.
 */
public final class GradeCaseAnalysis {
    public static final String KIND = "grade";

    /** Field diameter of the counts, mm: a common microscope's high-power field (Elston and Ellis's table covers it). */
    static final double FIELD_DIAMETER_MM = 0.50;

    /** Largest region graded at once, pixels (about 1.8 mm square at 0.25 µm/px). */
    static final long MAX_PIXELS = 50_000_000L;

    private static final int REPLICATES = 2000;
    private static final double LEVEL = 0.95;
    private static final double GRID_UM = 25;
    private static final long SEED = 20261206L;

    private final Path dataRoot;
    private final int threads;
    private final String software;

    /**
     * @param dataRoot the data folder whose {@code models/} holds the classifier's encoder
     * @param threads inference threads
     * @param software the producing software, for provenance
     */
    public GradeCaseAnalysis(Path dataRoot, int threads, String software) {
        this.dataRoot = dataRoot;
        this.threads = threads;
        this.software = software;
    }

    private record Pixels(RgbImage image, PixelRegion region, double mpp) {}

    public CaseAnalysis run(Path slide, String slideId, Optional<PixelRegion> region, Path workFolder)
            throws SlideException, IOException, EncoderException {
        Pixels pixels = read(slide, region);
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        List<Nucleus> found = detector.detect(pixels.image(), pixels.mpp());
        CellClassifierModel model = new CellClassifierModels().shipped();
        GradingField field;
        try (CellClassifier classifier = CellClassifier.open(model, dataRoot, new OnnxEncoderOptions(threads, 32))) {
            field = new ClassifiedFields(classifier).detectedField(slideId, pixels.image(), pixels.mpp(), found);
        }
        GradeAssessment assessment = new GradeComponents(
                        new GradeSettings(FIELD_DIAMETER_MM, GRID_UM, REPLICATES, LEVEL))
                .assess(List.of(field), new SplittableRandom(SEED));

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("region", pixels.region().toString());
        parameters.put("field_diameter_mm", FIELD_DIAMETER_MM);
        parameters.put("bootstrap_replicates", REPLICATES);
        parameters.put("detector", detector.name());
        parameters.put("detector_parameters", detector.parameters());
        parameters.put("classifier_features", model.recipe().label());
        String sha256 = FileSha256.of(slide);
        byte[] cells = geoJson(found, field, detector, pixels, slide, sha256, model, workFolder);

        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("slide_file", slide.getFileName().toString());
        provenance.put("slide_sha256", sha256);
        provenance.put("slide_mpp", pixels.mpp());
        provenance.put("model", "shipped breast cell classifier with the classical nucleus detector");
        provenance.put("parameters", parameters);
        provenance.put("research_use", GradeAssessment.RESEARCH_USE);
        Map<String, String> notEstimated = new LinkedHashMap<>();
        assessment.pleomorphismMissing().ifPresent(reason -> notEstimated.put("nuclear_pleomorphism", reason));
        assessment.tubulesMissing().ifPresent(reason -> notEstimated.put("tubule_formation", reason));
        if (!notEstimated.isEmpty()) {
            provenance.put("not_estimated", notEstimated);
        }
        if (assessment.grade().isEmpty()) {
            provenance.put("possible_grades", assessment.possibleGrades());
        }
        return new CaseAnalysis(
                KIND,
                Optional.of(slideId),
                findings(assessment),
                List.of(new Overlay(
                        "grade-cells",
                        "Nuclei by class (Tumor, Non-tumor, Mitosis, Apoptosis)",
                        Overlay.GEOJSON,
                        "class",
                        cells)),
                provenance);
    }

    private static List<Finding> findings(GradeAssessment a) {
        List<Finding> findings = new ArrayList<>();
        MitoticActivity m = a.mitoticActivity();
        ComponentUncertainty spread = a.mitoticUncertainty();
        Finding hotSpot = Finding.quantity(
                "mitotic_count",
                String.format(
                        Locale.ROOT,
                        "Mitotic count, hot spot per 10 HPF of %.2f mm%s",
                        m.fieldDiameterMm(),
                        m.hotSpotShortOfTenFields() ? " (region under 10 HPF, scaled)" : ""),
                m.hotSpotCountPer10Hpf(),
                "1");
        if (spread.draws() > 0 && spread.lower() <= spread.upper()) {
            hotSpot = hotSpot.withInterval(
                    new Finding.Interval(spread.lower(), spread.upper(), spread.level()),
                    "bootstrap over the region's high-power-field blocks");
        }
        findings.add(hotSpot);
        findings.add(Finding.quantity("mitoses_per_mm2", "Mitoses per mm² of tumour", m.perMm2(), "/mm2"));
        findings.add(Finding.quantity("mitotic_rate_score", "Mitotic rate score", m.score(), "1"));
        a.pleomorphism()
                .ifPresent(p -> findings.add(
                        Finding.quantity("nuclear_pleomorphism_score", "Nuclear pleomorphism score", p.score(), "1")));
        a.tubules()
                .ifPresent(t -> findings.add(Finding.quantity(
                        "tubule_formation_score",
                        "Tubule formation score (research estimate, not validated)",
                        t.score(),
                        "1")));
        a.grade()
                .ifPresent(g -> findings.add(Finding.category(
                        "nottingham_grade",
                        "Histologic grade (Nottingham), research estimate",
                        Integer.toString(g.number()))));
        return findings;
    }

    private Pixels read(Path slide, Optional<PixelRegion> region) throws SlideException {
        try (Slides slides = Slides.withDefaults();
                Slide opened = slides.open(slide)) {
            double mpp = opened.pixelSize()
                    .orElseThrow(() -> new SlideException(
                            slide, "does not state its pixel size: the grade components are counted per mm²"))
                    .mpp();
            SlideLevel base = opened.levels().get(0);
            PixelRegion wanted = region.orElse(new PixelRegion(0, 0, base.width(), base.height()));
            if (!wanted.within(base.width(), base.height())) {
                throw new SlideException(
                        slide,
                        "region " + wanted + " (X,Y,W,H) is outside the image of " + base.width() + "x" + base.height()
                                + " px");
            }
            if (wanted.width() * wanted.height() > MAX_PIXELS) {
                throw new SlideException(
                        slide,
                        "region of " + wanted.width() + "x" + wanted.height() + " px is larger than "
                                + MAX_PIXELS / 1_000_000 + " Mpx graded at once: choose the tumour area with --region");
            }
            RgbImage image = opened.readRegion(
                    RegionRequest.atLevel(0, wanted.x(), wanted.y(), (int) wanted.width(), (int) wanted.height()));
            return new Pixels(image, wanted, mpp);
        }
    }

    /** The classed nuclei in level-0 pixels as QuPath detections, with the run's provenance. */
    private byte[] geoJson(
            List<Nucleus> found,
            GradingField field,
            ClassicalNucleusDetector detector,
            Pixels pixels,
            Path slide,
            String sha256,
            CellClassifierModel model,
            Path workFolder)
            throws IOException {
        PixelRegion region = pixels.region();
        List<Cell> placed = new ArrayList<>();
        for (Cell cell : ClassifiedFields.cells(found, field)) {
            Nucleus n = cell.nucleus();
            placed.add(new Cell(
                    new Nucleus(
                            n.outline().translated(region.x(), region.y()),
                            n.centroidX() + region.x(),
                            n.centroidY() + region.y(),
                            n.measurements()),
                    cell.classification(),
                    cell.probability()));
        }
        Map<String, Object> classifier = new LinkedHashMap<>();
        classifier.put("model", "shipped");
        classifier.put("features", model.recipe().label());
        CellsProvenance provenance = new CellsProvenance(
                software,
                detector.name(),
                detector.parameters(),
                detector.maxNucleusRadiusUm(),
                slide.getFileName().toString(),
                sha256,
                pixels.mpp(),
                "slide",
                region,
                pixels.mpp(),
                1,
                (int) Math.max(region.width(), region.height()),
                0,
                classifier);
        Path file = Files.createTempFile(workFolder, "grade-", ".geojson");
        try {
            new GeoJsonCells().write(file, CellSource.of(placed), provenance);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
