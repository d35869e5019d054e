package org.precis.cells.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.io.json.JsonMappers;
import org.precis.testing.SystemTools;

class CellFilesTest {

    @TempDir
    Path folder;

    static CellsProvenance provenance() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("threshold", 0.09);
        parameters.put("min_area_um2", 8);
        return new CellsProvenance(
                "precis 0.1.0",
                "threshold-test",
                parameters,
                10,
                "slides/a b.svs",
                "ab".repeat(32),
                0.2527,
                "slide",
                new PixelRegion(100, 200, 3000, 2000),
                0.5054,
                2,
                1024,
                82,
                Map.of("model", "test-classifier"));
    }

    /** Cell i: a square (with a hole for the third) at a formula position; classes by name and colour, one NaN. */
    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double x = 1000.5 + 37 * i;
            double y = 2000.25 + 11 * i;
            Ring square = new Ring(List.of(
                    new Vertex(x - 4, y - 4),
                    new Vertex(x + 4, y - 4),
                    new Vertex(x + 4, y + 4),
                    new Vertex(x - 4, y + 4)));
            List<Ring> holes = i == 2
                    ? List.of(new Ring(List.of(
                            new Vertex(x - 1, y - 1),
                            new Vertex(x - 1, y + 1),
                            new Vertex(x + 1, y + 1),
                            new Vertex(x + 1, y - 1))))
                    : List.of();
            NucleusMeasurements measured = new NucleusMeasurements(
                    30 + i,
                    20 + i / 3.0,
                    0.9,
                    0.95,
                    7.5,
                    5.25,
                    0.1 * i,
                    0.3,
                    i == 4 ? Double.NaN : 0.05,
                    0.02,
                    0.001,
                    0.004,
                    1.5e-7);
            Nucleus nucleus = new Nucleus(new Polygon(square, holes), x + 0.125, y - 0.125, measured);
            cells.add(
                    switch (i) {
                        case 0 -> Cell.unclassified(nucleus);
                        case 1 -> Cell.classified(nucleus, Classification.of(CellClass.TUMOR));
                        case 2 ->
                            new Cell(
                                    nucleus,
                                    Optional.of(new Classification("Positive", 0xC83232)),
                                    OptionalDouble.of(0.75));
                        case 3 -> Cell.classified(nucleus, new Classification("2+, moderate", 0xFFA500));
                        default ->
                            new Cell(
                                    nucleus,
                                    Optional.of(new Classification("Positive", 0xC83232)),
                                    OptionalDouble.of(1));
                    });
        }
        return cells;
    }

    @Test
    void geoJsonReadsBackEveryCellAndTheProvenance() throws IOException {
        Path file = folder.resolve("cells.geojson");
        long written = new GeoJsonCells().write(file, CellSource.of(cells()), provenance());

        CellTable table = new GeoJsonCells().read(file);
        assertThat(written).isEqualTo(5);
        assertThat(table.provenance()).isEqualTo(provenance());
        assertThat(table.cells()).isEqualTo(cells());
    }

    @Test
    void hdf5ReadsBackEveryCellAndTheProvenance() throws IOException {
        Path file = folder.resolve("cells.h5");
        new Hdf5Cells().write(file, CellSource.of(cells()), provenance());

        CellTable table = new Hdf5Cells().read(file);
        assertThat(table.provenance()).isEqualTo(provenance());
        assertThat(table.cells()).isEqualTo(cells());
    }

    @Test
    void hdf5OfNoCellsHoldsTheProvenanceAndCountZero() throws IOException {
        Path file = folder.resolve("none.h5");
        new Hdf5Cells().write(file, CellSource.of(List.of()), provenance());

        CellTable table = new Hdf5Cells().read(file);
        assertThat(table.cells()).isEmpty();
        assertThat(table.provenance()).isEqualTo(provenance());
    }

    @Test
    void csvRowsHoldIdsClassesCentroidsInPixelsAndMicrometresAndEveryMeasurement() throws IOException {
        Path file = folder.resolve("cells.csv");
        new CsvCells().write(file, CellSource.of(cells()), provenance());

        List<Map<String, String>> rows = new CsvCells().readRows(file);
        assertThat(new CsvCells().readProvenance(file)).isEqualTo(provenance());
        assertThat(rows).hasSize(5);
        List<Cell> cells = cells();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Cell cell = cells.get(i);
            assertThat(row.get("Object ID")).isEqualTo(Integer.toString(i + 1));
            assertThat(row.get("Class"))
                    .isEqualTo(cell.classification().map(Classification::name).orElse(""));
            assertThat(row.get("Classification probability"))
                    .isEqualTo(
                            cell.probability().isPresent()
                                    ? Double.toString(cell.probability().getAsDouble())
                                    : "");
            assertThat(Double.parseDouble(row.get("Centroid X px")))
                    .isEqualTo(cell.nucleus().centroidX());
            assertThat(Double.parseDouble(row.get("Centroid Y µm")))
                    .isEqualTo(cell.nucleus().centroidY() * 0.2527);
            for (NucleusMeasurement m : NucleusMeasurement.values()) {
                assertThat(Double.valueOf(row.get(m.displayName())))
                        .isEqualTo(Double.valueOf(m.of(cell.nucleus().measurements())));
            }
        }
        assertThat(rows.get(3).get("Class")).isEqualTo("2+, moderate");
        assertThat(Files.readString(file).lines().skip(4).findFirst().orElseThrow())
                .contains("\"2+, moderate\"");
    }

    /** The shape QuPath imports: every feature a closed Polygon detection with numeric measurements. */
    @Test
    void geoJsonHasTheShapeOfQuPathDetections() throws IOException {
        Path file = folder.resolve("shape.geojson");
        new GeoJsonCells().write(file, CellSource.of(cells()), provenance());

        JsonNode root = JsonMappers.compact().readTree(file.toFile());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.at("/properties/coordinates").asText()).isEqualTo("level-0 pixels");
        JsonNode provenance = root.at("/properties/provenance");
        assertThat(provenance.get("slide_sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(provenance.get("detector").asText()).isEqualTo("threshold-test");
        assertThat(provenance.get("region").get("width").asLong()).isEqualTo(3000);
        for (String field :
                List.of("software", "detector_parameters", "slide_file", "mpp", "tile_size_px", "overlap_px")) {
            assertThat(provenance.has(field)).as(field).isTrue();
        }
        JsonNode features = root.get("features");
        assertThat(features).hasSize(5);
        for (JsonNode feature : features) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.at("/geometry/type").asText()).isEqualTo("Polygon");
            for (JsonNode ring : feature.at("/geometry/coordinates")) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
            }
            JsonNode properties = feature.get("properties");
            assertThat(properties.get("objectType").asText()).isEqualTo("detection");
            JsonNode measurements = properties.get("measurements");
            assertThat(measurements.isObject()).isTrue();
            assertThat(measurements.get("Nucleus: Area µm^2").isNumber()).isTrue();
            measurements
                    .fields()
                    .forEachRemaining(entry -> assertThat(entry.getValue().isNumber()
                                    || entry.getValue().isNull())
                            .as(entry.getKey())
                            .isTrue());
        }
        assertThat(features.get(0).at("/properties").has("classification")).isFalse();
        JsonNode tumour = features.get(1).at("/properties/classification");
        assertThat(tumour.get("name").asText()).isEqualTo("Tumor");
        assertThat(tumour.get("color").toString()).isEqualTo("[200,0,0]");
        assertThat(features.get(2)
                        .at("/properties/measurements/Classification probability")
                        .asDouble())
                .isEqualTo(0.75);
        assertThat(features.get(4)
                        .at("/properties/measurements/Nucleus: Hematoxylin OD std dev")
                        .isNull())
                .isTrue();
        // exteriors counter-clockwise in GeoJSON's y-up terms: positive shoelace area in x-right, y-down pixels
        assertThat(cells().get(0).nucleus().outline().exterior().signedArea()).isPositive();
    }

    @Test
    void h5pyReadsTheColumnsAndTheProvenance() throws Exception {
        Path file = folder.resolve("for-h5py.h5");
        new Hdf5Cells().write(file, CellSource.of(cells()), provenance());

        Process python = SystemTools.fromLauncher()
                .python(
                        List.of("h5py", "numpy"),
                        "-c",
                        "import h5py, json, sys, numpy as np\n"
                                + "f = h5py.File(sys.argv[1], 'r')\n"
                                + "p = json.loads(f.attrs['provenance'])\n"
                                + "print(int(f.attrs['count']), f['object_id'][:].tolist(),"
                                + " [c.decode() for c in f['class'][:]],"
                                + " float(f['centroid_x_px'][2]), float(f['nucleus_area_um2'][4]),"
                                + " int(np.isnan(f['class_probability'][0])), float(f['class_probability'][2]),"
                                + " f['outline_ring_offsets'][:].tolist(), len(f['outline_x']),"
                                + " p['slide_sha256'][:4], p['region']['x'], f.attrs['class_colors'].tolist())",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes()).trim();
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output)
                .isEqualTo(
                        "5 [1, 2, 3, 4, 5] ['', 'Tumor', 'Positive', '2+, moderate', 'Positive'] 1074.625 34.0 1 0.75"
                                + " [0, 1, 2, 4, 5, 6] 24 abab 100 [13107200, 13120050, 16753920]");
    }

    @Test
    void outputFormatComesFromTheExtension() {
        assertThat(CellFormat.of(Path.of("a/b.GeoJSON"))).isEqualTo(CellFormat.GEOJSON);
        assertThat(CellFormat.of(Path.of("b.csv"))).isEqualTo(CellFormat.CSV);
        assertThat(CellFormat.of(Path.of("b.h5"))).isEqualTo(CellFormat.HDF5);
        assertThatThrownBy(() -> CellFormat.of(Path.of("out/cells.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("out/cells.json: unknown output extension");
    }

    @Test
    void aFailingSourceLeavesNoFileBehind() throws IOException {
        for (CellFormat format : CellFormat.values()) {
            Path file = folder.resolve("broken" + format.extension());
            CellSource failing = sink -> {
                sink.accept(cells().get(0));
                throw new IOException("tile 3 unreadable");
            };
            assertThatThrownBy(() -> format.writer().write(file, failing, provenance()))
                    .hasMessageContaining("tile 3 unreadable");
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}
