package org.precis.casework.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.CaseStoreFixture;
import org.precis.casework.library.SlideLibrary;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.store.audit.AuditEntry;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewCase;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.SampleData;

/**
 * Signed annotations of a real slide in an H2 store become a patch folder that the embed module
 * reads as a patch set; the overlap rule is checked against java.awt.geom.Area, the pixels against
 * the slide read directly.
 */
class TrainingPatchExportTest {

    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private static final double PATCH_UM = 112;
    private static final double MPP = 0.5;
    private static final double FRACTION = 0.5;
    private static final ObjectMapper JSON = JsonMappers.compact();

    /** A concave hexagon of tumour, a rectangle of stroma (as the viewer draws it), on case A. */
    private static final double[][] TUMOUR = {
        {300, 400}, {1500, 350}, {1800, 1200}, {1000, 900}, {900, 1700}, {250, 1100}
    };

    private static final double[][] STROMA = rectangle(1210, 1810, 2010, 2610);
    /** On the draft case B: never exported. */
    private static final double[][] DRAFT_TUMOUR = rectangle(100, 2000, 1000, 2900);
    /** Case C: stroma signed in version 1, tumour added by the amendment signed as version 2. */
    private static final double[][] AMENDED_STROMA = rectangle(130, 1830, 1105, 2420);

    private static final double[][] AMENDED_TUMOUR = {{1700, 300}, {2150, 420}, {1950, 1000}};
    /** Case C's third version is open: its annotation is not signed yet. */
    private static final double[][] OPEN_STROMA = rectangle(1300, 100, 2100, 900);

    @TempDir
    Path folder;

    @Test
    void exportsTheSignedAnnotationsPatchesThatEmbedReadsAsAPatchSet() throws Exception {
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            Cases cases = fixture.store().cases();
            User alice =
                    fixture.store().users().add("dr.alice", Role.PATHOLOGIST).user();
            User bob = fixture.store().users().add("dr.bob", Role.PATHOLOGIST).user();

            String a = newCase(fixture, "C-A");
            long tumour = cases.saveAnnotation(a, SLIDE, feature("Polygon", polygon(TUMOUR), "tumour"), alice);
            long stroma = cases.saveAnnotation(a, SLIDE, feature("Polygon", polygon(STROMA), "stroma"), alice);
            ObjectNode point = feature("Point", JSON.createArrayNode().add(700).add(800), "tumour");
            cases.saveAnnotation(a, SLIDE, point, alice);
            cases.saveAnnotation(a, SLIDE, feature("Polygon", polygon(rectangle(0, 0, 600, 600)), "other"), alice);
            cases.signOff(a, alice);

            String b = newCase(fixture, "C-B");
            cases.saveAnnotation(b, SLIDE, feature("Polygon", polygon(DRAFT_TUMOUR), "tumour"), alice);

            String c = newCase(fixture, "C-C");
            long amendedStroma =
                    cases.saveAnnotation(c, SLIDE, feature("Polygon", polygon(AMENDED_STROMA), "stroma"), bob);
            cases.signOff(c, bob);
            cases.amend(c, "tumour focus missed", bob);
            long amendedTumour =
                    cases.saveAnnotation(c, SLIDE, feature("Polygon", polygon(AMENDED_TUMOUR), "tumour"), bob);
            cases.signOff(c, bob);
            cases.amend(c, "second look", bob);
            cases.saveAnnotation(c, SLIDE, feature("Polygon", polygon(OPEN_STROMA), "stroma"), bob);

            Path slideFile = SampleData.path("samples/wsi/" + SLIDE);
            Path output = folder.resolve("signoffs");
            TrainingPatchSummary summary;
            try (Slides engine = Slides.withDefaults()) {
                summary = new TrainingPatchExport(
                                cases,
                                fixture.store().audit(),
                                SlideLibrary.scan(List.of(SampleData.path("samples/wsi"))),
                                engine,
                                CaseStoreFixture.CLOCK,
                                CaseStoreFixture.SOFTWARE)
                        .export(
                                new TrainingPatchRequest(List.of("tumour", "stroma"), PATCH_UM, MPP, FRACTION),
                                output,
                                "test");
            }

            TileGrid grid;
            try (Slides engine = Slides.withDefaults();
                    Slide slide = engine.open(slideFile)) {
                grid = TileGrid.over(slide, 224, MPP, EdgeTiles.WHOLE_ONLY);
            }
            List<String> expectedTumour = new ArrayList<>();
            expectedTumour.addAll(kept(grid, TUMOUR, a, tumour));
            expectedTumour.addAll(kept(grid, AMENDED_TUMOUR, c, amendedTumour));
            List<String> expectedStroma = new ArrayList<>();
            expectedStroma.addAll(kept(grid, STROMA, a, stroma));
            expectedStroma.addAll(kept(grid, AMENDED_STROMA, c, amendedStroma));
            assertThat(expectedTumour).hasSizeGreaterThan(10);
            assertThat(expectedStroma).hasSizeGreaterThan(10);

            assertThat(summary.patchPx()).isEqualTo(224);
            assertThat(summary.perClass())
                    .containsExactly(
                            Map.entry("tumour", expectedTumour.size()), Map.entry("stroma", expectedStroma.size()));
            assertThat(summary.patches()).isEqualTo(expectedTumour.size() + expectedStroma.size());
            assertThat(summary.signedCases()).isEqualTo(2);
            assertThat(summary.draftCases()).isEqualTo(1);
            assertThat(summary.casesUsed()).isEqualTo(2);
            assertThat(summary.annotationsWithoutArea()).isEqualTo(1);
            assertThat(files(output.resolve("tumour"))).containsExactlyInAnyOrderElementsOf(expectedTumour);
            assertThat(files(output.resolve("stroma"))).containsExactlyInAnyOrderElementsOf(expectedStroma);
            assertThat(output.getParent().toFile().list())
                    .as("no staging folder is left")
                    .containsOnly("signoffs", "precis-data");

            // provenance: every patch's case, slide, annotation, signed version and reviewer; round trip
            ObjectMapper snake = JsonMappers.snakeCase();
            Path provenanceFile = output.resolve(TrainingPatchProvenance.FILE_NAME);
            TrainingPatchProvenance provenance =
                    snake.readValue(provenanceFile.toFile(), TrainingPatchProvenance.class);
            assertThat(snake.readTree(snake.writeValueAsString(provenance)))
                    .isEqualTo(snake.readTree(provenanceFile.toFile()));
            assertThat(provenance.format()).isEqualTo(TrainingPatchProvenance.FORMAT);
            assertThat(provenance.software()).isEqualTo(CaseStoreFixture.SOFTWARE);
            assertThat(provenance.parameters().classes()).containsExactly("tumour", "stroma");
            assertThat(provenance.parameters().patchUm()).isEqualTo(PATCH_UM);
            assertThat(provenance.parameters().mpp()).isEqualTo(MPP);
            assertThat(provenance.parameters().patchPx()).isEqualTo(224);
            assertThat(provenance.parameters().minInsideFraction()).isEqualTo(FRACTION);
            assertThat(provenance.patches()).hasSize(summary.patches());
            String slideSha256 = FileSha256.of(slideFile);
            for (ExportedPatch patch : provenance.patches()) {
                assertThat(patch.slideSha256()).isEqualTo(slideSha256);
                assertThat(patch.insideFraction()).isGreaterThanOrEqualTo(FRACTION);
                assertThat(output.resolve(patch.file())).isRegularFile();
                if (patch.caseId().equals(a)) {
                    assertThat(patch.reviewer()).isEqualTo("dr.alice");
                    assertThat(patch.reportVersion()).isEqualTo(1);
                    assertThat(patch.annotationId()).isIn(tumour, stroma);
                } else {
                    assertThat(patch.caseId()).isEqualTo(c);
                    assertThat(patch.reviewer()).isEqualTo("dr.bob");
                    assertThat(patch.reportVersion()).isEqualTo(2);
                    assertThat(patch.annotationId()).isIn(amendedStroma, amendedTumour);
                    assertThat(patch.snapshotSha256())
                            .isEqualTo(cases.reportVersions(c)
                                    .get(1)
                                    .snapshotSha256()
                                    .orElseThrow());
                }
            }
            List<String> labelRows = Files.readAllLines(output.resolve(TrainingPatchExport.LABELS));
            assertThat(labelRows.get(0)).isEqualTo("path,label");
            assertThat(labelRows.subList(1, labelRows.size()))
                    .containsExactlyElementsOf(provenance.patches().stream()
                            .map(patch -> patch.file() + "," + patch.label())
                            .toList());

            // one patch's pixels are the slide's region at 0.5 µm/px, read directly
            ExportedPatch first = provenance.patches().get(0);
            RgbImage written =
                    RgbImage.of(ImageIO.read(output.resolve(first.file()).toFile()));
            try (Slides engine = Slides.withDefaults();
                    Slide slide = engine.open(slideFile)) {
                double downsample = MPP / slide.pixelSize().orElseThrow().mpp();
                RgbImage read = slide.readRegion(
                        new RegionRequest(first.x(), first.y(), 224, 224, Resolution.downsample(downsample)));
                assertThat(written).isEqualTo(read);
            }

            // the export is in the audit trail
            List<AuditEntry> entries = fixture.store().audit().list(1, 1000);
            JsonNode details = entries.get(entries.size() - 1).details();
            assertThat(entries.get(entries.size() - 1).event()).isEqualTo("exported");
            assertThat(details.path("what").asText()).isEqualTo("training-patches");
            assertThat(details.path("patches").asInt()).isEqualTo(summary.patches());
            assertThat(details.path("provenance_sha256").asText()).isEqualTo(FileSha256.of(provenanceFile));

            // the embed module reads the folder as LC25000's: a patch set of both classes
            LabelledPatches patches = LabelledPatches.read(output, output.resolve(TrainingPatchExport.LABELS));
            Encoders encoders = new Encoders(SampleData.root());
            PatchSet set;
            try (PatchEncoding encoding = PatchEncoding.open(
                    encoders, encoders.descriptor("mobilenet_v2"), new OnnxEncoderOptions(2, 32), 2)) {
                set = encoding.embedder()
                        .embed(
                                patches,
                                ViewSet.IDENTITY,
                                List.of(1.0),
                                List.of(StainNormalisation.NONE),
                                "test",
                                n -> {});
            }
            assertThat(set.classNames()).containsExactly("stroma", "tumour");
            assertThat(set.count()).isEqualTo(summary.patches());
        }
    }

    @Test
    void refusesAClassNoSignedAnnotationHasAndWritesNothing() throws Exception {
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            Cases cases = fixture.store().cases();
            User alice =
                    fixture.store().users().add("dr.alice", Role.PATHOLOGIST).user();
            String a = newCase(fixture, "C-A");
            cases.saveAnnotation(a, SLIDE, feature("Polygon", polygon(STROMA), "stroma"), alice);
            cases.saveAnnotation(
                    a, SLIDE, feature("Point", JSON.createArrayNode().add(1).add(2), "tumour"), alice);
            cases.signOff(a, alice);
            Path output = folder.resolve("signoffs");
            try (Slides engine = Slides.withDefaults()) {
                TrainingPatchExport export = new TrainingPatchExport(
                        cases,
                        fixture.store().audit(),
                        SlideLibrary.scan(List.of(SampleData.path("samples/wsi"))),
                        engine,
                        CaseStoreFixture.CLOCK,
                        CaseStoreFixture.SOFTWARE);
                assertThatThrownBy(() -> export.export(
                                new TrainingPatchRequest(List.of("stroma", "tumour"), PATCH_UM, MPP, FRACTION),
                                output,
                                "test"))
                        .isInstanceOf(TrainingPatchException.class)
                        .hasMessage(
                                "no polygon or rectangle of a signed case has the class tumour; their classes are stroma");
                assertThatThrownBy(() -> export.export(
                                new TrainingPatchRequest(List.of("stroma"), 2000, MPP, FRACTION), output, "test"))
                        .isInstanceOf(TrainingPatchException.class)
                        .hasMessageStartingWith("class 'stroma': no patch of 2000.0 µm has at least 0.5 of its area");
            }
            assertThat(output).doesNotExist();
            assertThat(folder.toFile().list()).containsOnly("precis-data");
        }
    }

    /** The files the grid's tiles over {@code ring} whose share inside is at least the fraction would have. */
    private static List<String> kept(TileGrid grid, double[][] ring, String caseId, long annotationId) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(ring[0][0], ring[0][1]);
        for (int i = 1; i < ring.length; i++) {
            path.lineTo(ring[i][0], ring[i][1]);
        }
        path.closePath();
        Area shape = new Area(path);
        List<String> names = new ArrayList<>();
        for (Tile tile : grid.tiles()) {
            Area inside = new Area(new Rectangle2D.Double(tile.x(), tile.y(), tile.width(), tile.height()));
            inside.intersect(shape);
            double fraction = area(inside) / (tile.width() * tile.height());
            assertThat(Math.abs(fraction - FRACTION))
                    .as("no tile right at the threshold")
                    .isGreaterThan(1e-9);
            if (fraction >= FRACTION) {
                names.add(caseId + "_" + SLIDE + "_" + annotationId + "_" + tile.x() + "_" + tile.y() + ".png");
            }
        }
        return names;
    }

    /** The area of a shape of straight edges whose pieces do not nest (each piece's shoelace area, unsigned). */
    private static double area(Area shape) {
        double total = 0;
        double piece = 0;
        double[] first = new double[2];
        double[] last = new double[2];
        double[] point = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(point)) {
                case PathIterator.SEG_MOVETO -> {
                    first[0] = last[0] = point[0];
                    first[1] = last[1] = point[1];
                    piece = 0;
                }
                case PathIterator.SEG_LINETO -> {
                    piece += last[0] * point[1] - point[0] * last[1];
                    last[0] = point[0];
                    last[1] = point[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    piece += last[0] * first[1] - first[0] * last[1];
                    total += Math.abs(piece) / 2;
                }
                default -> throw new IllegalStateException("a polygon's intersection has only straight edges");
            }
        }
        return total;
    }

    private static String newCase(CaseStoreFixture fixture, String caseId) throws Exception {
        fixture.store()
                .cases()
                .create(new NewCase(
                        java.util.Optional.of(caseId), "P-" + caseId, "Lung, resection", JSON.createObjectNode()));
        fixture.work().addSlide(caseId, SLIDE);
        return caseId;
    }

    private static double[][] rectangle(double left, double top, double right, double bottom) {
        return new double[][] {{left, top}, {right, top}, {right, bottom}, {left, bottom}};
    }

    /** A closed GeoJSON ring. */
    private static JsonNode polygon(double[][] ring) {
        var coordinates = JSON.createArrayNode();
        var points = coordinates.addArray();
        for (int i = 0; i <= ring.length; i++) {
            double[] corner = ring[i % ring.length];
            points.addArray().add(corner[0]).add(corner[1]);
        }
        return coordinates;
    }

    private static ObjectNode feature(String type, JsonNode coordinates, String className) {
        ObjectNode feature = JSON.createObjectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", type);
        geometry.set("coordinates", coordinates);
        ObjectNode properties = feature.putObject("properties");
        properties.put("objectType", "annotation");
        properties.putObject("classification").put("name", className);
        return feature;
    }

    private static List<String> files(Path classFolder) throws Exception {
        try (Stream<Path> list = Files.list(classFolder)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }
}
