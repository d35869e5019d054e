package org.precis.casework.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.precis.casework.library.SlideLibrary;
import org.precis.casework.report.CaseReports;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.report.figure.PngFile;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.store.audit.AuditTrail;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.Cases;

/**
 * Pathologists' sign-offs as a site's labelled patches: for every case with a signed report (its
 * newest signed version, as the snapshot froze it; cases never signed are left out), the
 * annotations of the classes asked for that have an area (polygons and rectangles; points and
 * lines have none and are left out) are covered by the tiles of a {@link TileGrid} at the patch
 * size and µm/px asked for, and each tile with at least the asked fraction of its area inside its
 * annotation is read through the slide engine and written as a PNG. The folder it makes is laid
 * out as LC25000's: one subfolder per class, {@code labels.csv} ({@code path,label}) and {@code
 * provenance.json}; {@code precis embed --patches DIR --labels DIR/labels.csv} embeds it into a
 * patch set. The export is recorded in the audit trail (event {@code exported}, {@code what:
 * training-patches}).
 */
public final class TrainingPatchExport {
    /** The labels file, as LC25000's folder has it. */
    public static final String LABELS = "labels.csv";

    private static final String GRID = "whole tiles of a grid from each slide's top-left corner";
    private static final String SKIPPED = "annotations without area (points, lines)";

    private final Cases cases;
    private final AuditTrail audit;
    private final SlideLibrary library;
    private final Slides engine;
    private final Clock clock;
    private final String software;
    private final ObjectMapper json = JsonMappers.snakeCase();

    /**
     * @param library the slide folders where the signed slides are found by id
     * @param software the Precis version recorded in the provenance ({@code precis 0.1.0})
     */
    public TrainingPatchExport(
            Cases cases, AuditTrail audit, SlideLibrary library, Slides engine, Clock clock, String software) {
        this.cases = cases;
        this.audit = audit;
        this.library = library;
        this.engine = engine;
        this.clock = clock;
        this.software = software;
    }

    /**
     * Writes the patches of {@code request} into {@code output} (missing or an empty folder), whole
     * or not at all, and records the export by {@code actor}.
     *
     * @throws TrainingPatchException (nothing written) when no case is signed, a class asked for is
     *     on no signed polygon or rectangle or gives no patch, a signed slide is missing, changed or
     *     unreadable, an annotation's geometry is not a polygon's, or the output is not empty
     */
    public TrainingPatchSummary export(TrainingPatchRequest request, Path output, String actor)
            throws IOException, TrainingPatchException {
        ExportFolder.requireWritable(output.toAbsolutePath().normalize());
        int draftCases = 0;
        List<SignedCase> signed = new ArrayList<>();
        for (CaseRecord record : cases.list()) {
            Optional<SignedCase> newest = SignedCase.newest(cases, record.caseId());
            if (newest.isPresent()) {
                signed.add(newest.get());
            } else {
                draftCases++;
            }
        }
        if (signed.isEmpty()) {
            throw new TrainingPatchException("no case in the store is signed (" + draftCases + " draft case"
                    + (draftCases == 1 ? "" : "s") + "): there are no sign-offs to export");
        }
        List<LabelledArea> areas = new ArrayList<>();
        int withoutArea = labelledAreas(signed, request, areas);
        SignedSlideFiles slideFiles = new SignedSlideFiles(library);
        Map<String, Path> files = new LinkedHashMap<>();
        for (LabelledArea area : areas) {
            SignedSlide slide = slide(area);
            files.put(key(area), slideFiles.file(area.signedCase(), slide));
        }

        List<ExportedPatch> patches = new ArrayList<>();
        try (ExportFolder folder = ExportFolder.beside(output)) {
            for (String label : request.classes()) {
                Files.createDirectory(folder.staging().resolve(label));
            }
            for (Map.Entry<String, Path> slideFile : files.entrySet()) {
                List<LabelledArea> onSlide = areas.stream()
                        .filter(area -> key(area).equals(slideFile.getKey()))
                        .toList();
                cut(request, slideFile.getValue(), onSlide, folder.staging(), patches);
            }
            Map<String, Integer> perClass = perClass(request, patches);
            for (Map.Entry<String, Integer> count : perClass.entrySet()) {
                if (count.getValue() == 0) {
                    throw new TrainingPatchException(String.format(
                            Locale.ROOT,
                            "class '%s': no patch of %s µm has at least %s of its area inside a signed annotation"
                                    + " of the class; draw larger areas or ask for smaller patches",
                            count.getKey(),
                            request.patchUm(),
                            request.minInsideFraction()));
                }
            }
            writeLabels(folder.staging().resolve(LABELS), patches);
            TrainingPatchProvenance provenance = provenance(request, patches);
            Path provenanceFile = folder.staging().resolve(TrainingPatchProvenance.FILE_NAME);
            json.writeValue(provenanceFile.toFile(), provenance);
            String provenanceSha256 = FileSha256.of(provenanceFile);
            folder.place();
            long used = areas.stream()
                    .map(area -> area.signedCase().caseId())
                    .distinct()
                    .count();
            TrainingPatchSummary summary = new TrainingPatchSummary(
                    folder.output().toString(),
                    patches.size(),
                    perClass,
                    signed.size(),
                    (int) used,
                    draftCases,
                    withoutArea,
                    request.patchPx());
            record(summary, provenanceSha256, actor);
            return summary;
        }
    }

    /** Collects the annotations of the classes asked for; returns how many had no area. */
    private static int labelledAreas(List<SignedCase> signed, TrainingPatchRequest request, List<LabelledArea> areas)
            throws TrainingPatchException {
        int withoutArea = 0;
        TreeSet<String> classesWithArea = new TreeSet<>();
        for (SignedCase signedCase : signed) {
            for (SignedAnnotation annotation : signedCase.annotations()) {
                Optional<AnnotatedArea> area;
                try {
                    area = AnnotatedArea.of(annotation.geometry());
                } catch (IllegalArgumentException e) {
                    throw new TrainingPatchException(
                            "case " + signedCase.caseId() + " annotation " + annotation.id() + " (signed version "
                                    + signedCase.reportVersion() + "): " + e.getMessage(),
                            e);
                }
                if (area.isEmpty() || annotation.className().isEmpty()) {
                    if (annotation
                            .className()
                            .filter(request.classes()::contains)
                            .isPresent()) {
                        withoutArea++;
                    }
                    continue;
                }
                String label = annotation.className().get();
                classesWithArea.add(label);
                if (request.classes().contains(label)) {
                    areas.add(new LabelledArea(signedCase, annotation, label, area.get()));
                }
            }
        }
        List<String> unknown = request.classes().stream()
                .filter(label -> !classesWithArea.contains(label))
                .toList();
        if (!unknown.isEmpty()) {
            throw new TrainingPatchException("no polygon or rectangle of a signed case has the class"
                    + (unknown.size() > 1 ? "es " : " ") + String.join(", ", unknown) + "; their classes are "
                    + (classesWithArea.isEmpty() ? "none" : String.join(", ", classesWithArea)));
        }
        return withoutArea;
    }

    private static SignedSlide slide(LabelledArea area) throws TrainingPatchException {
        String slideId = area.annotation().slideId();
        return area.signedCase()
                .slide(slideId)
                .orElseThrow(() ->
                        new TrainingPatchException("case " + area.signedCase().caseId() + " annotation "
                                + area.annotation().id() + ": slide " + slideId + " is not in the signed version"));
    }

    private static String key(LabelledArea area) {
        return area.signedCase().caseId() + "\u0000" + area.annotation().slideId();
    }

    /** Cuts the patches of one signed slide's annotations. */
    private void cut(
            TrainingPatchRequest request,
            Path file,
            List<LabelledArea> onSlide,
            Path staging,
            List<ExportedPatch> patches)
            throws IOException, TrainingPatchException {
        SignedCase signedCase = onSlide.get(0).signedCase();
        SignedSlide signedSlide = slide(onSlide.get(0));
        String where = "case " + signedCase.caseId() + " slide " + signedSlide.slideId() + " (" + file + ")";
        try (Slide slide = engine.open(file)) {
            if (slide.pixelSize().isEmpty()) {
                throw new TrainingPatchException(where + ": the slide does not state its pixel size");
            }
            TileGrid grid;
            try {
                grid = TileGrid.over(slide, request.patchPx(), request.mpp(), EdgeTiles.WHOLE_ONLY);
            } catch (IllegalArgumentException e) {
                throw new TrainingPatchException(where + ": " + e.getMessage(), e);
            }
            for (LabelledArea area : onSlide) {
                for (Tile tile : candidates(grid, area.area())) {
                    double inside = area.area().insideFraction(tile.x(), tile.y(), tile.width(), tile.height());
                    if (inside < request.minInsideFraction()) {
                        continue;
                    }
                    String name = area.label() + "/" + signedCase.caseId() + "_" + signedSlide.slideId() + "_"
                            + area.annotation().id() + "_" + tile.x() + "_" + tile.y() + ".png";
                    PngFile.write(slide.readRegion(grid.regionRequest(tile)), staging.resolve(name));
                    patches.add(new ExportedPatch(
                            name,
                            area.label(),
                            signedCase.caseId(),
                            signedSlide.slideId(),
                            signedSlide.sha256(),
                            area.annotation().id(),
                            signedCase.reportVersion(),
                            signedCase.reviewer(),
                            signedCase.snapshotSha256(),
                            tile.x(),
                            tile.y(),
                            tile.width(),
                            tile.height(),
                            inside));
                }
            }
        } catch (SlideException e) {
            throw new TrainingPatchException(where + ": " + e.getMessage(), e);
        }
    }

    /** The grid's tiles that can touch the area's bounding box, row by row. */
    private static List<Tile> candidates(TileGrid grid, AnnotatedArea area) {
        double[] bounds = area.bounds();
        double stride = grid.strideLevel0();
        int firstColumn = (int) Math.max(0, Math.floor(bounds[0] / stride) - 1);
        int lastColumn = (int) Math.min(grid.columns() - 1, Math.ceil(bounds[2] / stride) + 1);
        int firstRow = (int) Math.max(0, Math.floor(bounds[1] / stride) - 1);
        int lastRow = (int) Math.min(grid.rows() - 1, Math.ceil(bounds[3] / stride) + 1);
        List<Tile> tiles = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                tiles.add(grid.tile(column, row));
            }
        }
        return tiles;
    }

    private static Map<String, Integer> perClass(TrainingPatchRequest request, List<ExportedPatch> patches) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : request.classes()) {
            counts.put(label, 0);
        }
        for (ExportedPatch patch : patches) {
            counts.merge(patch.label(), 1, Integer::sum);
        }
        return counts;
    }

    /** {@code path,label}, one row a patch; class names hold no comma or quote, so nothing needs quoting. */
    private static void writeLabels(Path file, List<ExportedPatch> patches) throws IOException {
        StringBuilder csv = new StringBuilder("path,label\n");
        for (ExportedPatch patch : patches) {
            csv.append(patch.file()).append(',').append(patch.label()).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private TrainingPatchProvenance provenance(TrainingPatchRequest request, List<ExportedPatch> patches) {
        return new TrainingPatchProvenance(
                TrainingPatchProvenance.FORMAT,
                software,
                clock.instant().toString(),
                new TrainingPatchProvenance.Parameters(
                        request.classes(),
                        request.patchUm(),
                        request.mpp(),
                        request.patchPx(),
                        request.minInsideFraction(),
                        GRID,
                        SKIPPED),
                patches);
    }

    private void record(TrainingPatchSummary summary, String provenanceSha256, String actor) {
        ObjectNode details = json.createObjectNode();
        details.put("what", "training-patches");
        details.put("output", summary.output());
        details.put("patches", summary.patches());
        ObjectNode perClass = details.putObject("classes");
        summary.perClass().forEach(perClass::put);
        details.put("cases", summary.casesUsed());
        details.put("provenance_sha256", provenanceSha256);
        audit.append(actor, CaseReports.EXPORTED, details);
    }
}
