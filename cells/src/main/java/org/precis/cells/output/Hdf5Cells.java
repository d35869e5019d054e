package org.precis.cells.output;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import org.precis.cells.nuclei.Nucleus;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.io.file.AtomicFile;

/**
 * Cells as an HDF5 table, one 1-D dataset a column at the root, row i the cell with id i + 1:
 * {@code object_id} (int64), {@code class} (string, empty when none), {@code class_probability}
 * (NaN when none), {@code centroid_x_px}, {@code centroid_y_px}, {@code centroid_x_um},
 * {@code centroid_y_um}, and every {@link NucleusMeasurement} under its snake_case key (float64).
 * Outlines as compressed-sparse rows: {@code outline_x}, {@code outline_y} hold every ring's
 * vertices (level-0 pixels, rings not closed), ring r's vertices are
 * {@code outline_vertex_offsets[r]..[r+1]} and cell i's rings (its exterior first)
 * {@code outline_ring_offsets[i]..[i+1]}. Root attributes: {@code provenance} (the JSON text),
 * {@code software_version}, {@code detector}, {@code slide_file}, {@code slide_sha256},
 * {@code slide_mpp}, {@code mpp}, {@code coordinates}, {@code count}, and when any cell has a class
 * {@code class_names} with their colours {@code class_colors} (0xRRGGBB).
 *
 * <p>jhdf writes whole arrays, so the writer holds the columns of all cells (about 250 bytes a cell
 * with its outline) before writing; it cannot write empty datasets, so a table of no cells has the
 * attributes (count 0) and no datasets. h5py 3 reads the strings as {@code bytes}.
 */
public final class Hdf5Cells implements CellWriter {

    private final ProvenanceJson provenanceJson = new ProvenanceJson();

    @Override
    public long write(Path target, CellSource cells, CellsProvenance provenance) throws IOException {
        Columns columns = new Columns();
        cells.forEach(columns::add);
        double mpp = provenance.slideMpp();
        AtomicFile.writeFile(target, temporary -> {
            try (WritableHdfFile hdf = HdfFile.write(temporary)) {
                hdf.putAttribute("provenance", provenanceJson.toText(provenance));
                hdf.putAttribute("software_version", provenance.software());
                hdf.putAttribute("detector", provenance.detector());
                hdf.putAttribute("slide_file", provenance.slideFile());
                hdf.putAttribute("slide_sha256", provenance.slideSha256());
                hdf.putAttribute("slide_mpp", provenance.slideMpp());
                hdf.putAttribute("mpp", provenance.mpp());
                hdf.putAttribute("coordinates", "level-0 pixels");
                hdf.putAttribute("count", (long) columns.count);
                if (!columns.classes.isEmpty()) {
                    hdf.putAttribute("class_names", columns.classes.keySet().toArray(String[]::new));
                    hdf.putAttribute(
                            "class_colors",
                            columns.classes.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray());
                }
                if (columns.count == 0) {
                    return;
                }
                hdf.putDataset(
                        "object_id", LongStream.rangeClosed(1, columns.count).toArray());
                hdf.putDataset("class", columns.classNames.toArray(String[]::new));
                hdf.putDataset("class_probability", columns.probability.build().toArray());
                double[] x = columns.centroidX.build().toArray();
                double[] y = columns.centroidY.build().toArray();
                hdf.putDataset("centroid_x_px", x);
                hdf.putDataset("centroid_y_px", y);
                hdf.putDataset(
                        "centroid_x_um", DoubleStream.of(x).map(v -> v * mpp).toArray());
                hdf.putDataset(
                        "centroid_y_um", DoubleStream.of(y).map(v -> v * mpp).toArray());
                for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
                    hdf.putDataset(
                            measurement.key(),
                            columns.measurements
                                    .get(measurement.ordinal())
                                    .build()
                                    .toArray());
                }
                hdf.putDataset("outline_x", columns.vertexX.build().toArray());
                hdf.putDataset("outline_y", columns.vertexY.build().toArray());
                hdf.putDataset(
                        "outline_vertex_offsets", columns.vertexOffsets.build().toArray());
                hdf.putDataset(
                        "outline_ring_offsets", columns.ringOffsets.build().toArray());
            } catch (HdfException e) {
                throw new IOException("cannot write cells to " + target + ": " + e.getMessage(), e);
            }
        });
        return columns.count;
    }

    /** The columns of the cells seen so far. */
    private static final class Columns {
        int count;
        final Map<String, Integer> classes = new LinkedHashMap<>();
        final List<String> classNames = new ArrayList<>();
        final DoubleStream.Builder probability = DoubleStream.builder();
        final DoubleStream.Builder centroidX = DoubleStream.builder();
        final DoubleStream.Builder centroidY = DoubleStream.builder();
        final List<DoubleStream.Builder> measurements = new ArrayList<>();
        final DoubleStream.Builder vertexX = DoubleStream.builder();
        final DoubleStream.Builder vertexY = DoubleStream.builder();
        final LongStream.Builder vertexOffsets = LongStream.builder();
        final LongStream.Builder ringOffsets = LongStream.builder();
        long vertices;
        long rings;

        Columns() {
            for (int i = 0; i < NucleusMeasurement.values().length; i++) {
                measurements.add(DoubleStream.builder());
            }
            vertexOffsets.add(0);
            ringOffsets.add(0);
        }

        void add(Cell cell) {
            count++;
            Nucleus nucleus = cell.nucleus();
            cell.classification().ifPresent(c -> {
                Integer known = classes.putIfAbsent(c.name(), c.rgb());
                if (known != null && known != c.rgb()) {
                    throw new IllegalArgumentException("class " + c.name() + " has two colours: "
                            + Integer.toHexString(known) + " and " + Integer.toHexString(c.rgb()));
                }
            });
            classNames.add(cell.classification().map(Classification::name).orElse(""));
            probability.add(cell.probability().orElse(Double.NaN));
            centroidX.add(nucleus.centroidX());
            centroidY.add(nucleus.centroidY());
            double[] values = NucleusMeasurement.valuesOf(nucleus.measurements());
            for (int i = 0; i < values.length; i++) {
                measurements.get(i).add(values[i]);
            }
            for (Ring ring : nucleus.outline().rings()) {
                for (Vertex v : ring.vertices()) {
                    vertexX.add(v.x());
                    vertexY.add(v.y());
                }
                vertices += ring.vertices().size();
                vertexOffsets.add(vertices);
                rings++;
            }
            ringOffsets.add(rings);
        }
    }

    /** Reads back a file written by {@link #write}. */
    public CellTable read(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("no such cells file: " + source);
        }
        try (HdfFile hdf = new HdfFile(source)) {
            CellsProvenance provenance = provenanceJson.fromText((String) scalar(hdf.getAttribute("provenance")));
            long count = ((Number) scalar(hdf.getAttribute("count"))).longValue();
            List<Cell> cells = new ArrayList<>();
            if (count == 0) {
                return new CellTable(cells, provenance);
            }
            Map<String, Integer> colours = new LinkedHashMap<>();
            Attribute names = hdf.getAttribute("class_names");
            if (names != null) {
                String[] classNames = (String[]) names.getData();
                int[] rgb = (int[]) hdf.getAttribute("class_colors").getData();
                for (int i = 0; i < classNames.length; i++) {
                    colours.put(classNames[i], rgb[i]);
                }
            }
            String[] classes = (String[]) dataset(hdf, "class").getData();
            double[] probability = doubles(hdf, "class_probability");
            double[] x = doubles(hdf, "centroid_x_px");
            double[] y = doubles(hdf, "centroid_y_px");
            List<double[]> measured = new ArrayList<>();
            for (NucleusMeasurement measurement : NucleusMeasurement.values()) {
                measured.add(doubles(hdf, measurement.key()));
            }
            double[] vx = doubles(hdf, "outline_x");
            double[] vy = doubles(hdf, "outline_y");
            long[] vertexOffsets =
                    (long[]) dataset(hdf, "outline_vertex_offsets").getData();
            long[] ringOffsets = (long[]) dataset(hdf, "outline_ring_offsets").getData();
            for (int i = 0; i < count; i++) {
                List<Ring> rings = new ArrayList<>();
                for (long r = ringOffsets[i]; r < ringOffsets[i + 1]; r++) {
                    List<Vertex> vertices = new ArrayList<>();
                    for (long v = vertexOffsets[(int) r]; v < vertexOffsets[(int) r + 1]; v++) {
                        vertices.add(new Vertex(vx[(int) v], vy[(int) v]));
                    }
                    rings.add(new Ring(vertices));
                }
                double[] values = new double[measured.size()];
                for (int m = 0; m < values.length; m++) {
                    values[m] = measured.get(m)[i];
                }
                Nucleus nucleus = new Nucleus(
                        new Polygon(rings.get(0), rings.subList(1, rings.size())),
                        x[i],
                        y[i],
                        NucleusMeasurement.fromValues(values));
                Optional<Classification> classification = classes[i].isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Classification(classes[i], colours.get(classes[i])));
                OptionalDouble p =
                        Double.isNaN(probability[i]) ? OptionalDouble.empty() : OptionalDouble.of(probability[i]);
                cells.add(new Cell(nucleus, classification, p));
            }
            return new CellTable(cells, provenance);
        } catch (HdfException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IOException("not a cells HDF5 file: " + source + ": " + e.getMessage(), e);
        }
    }

    private static Dataset dataset(HdfFile hdf, String name) {
        Node node = hdf.getChild(name);
        if (!(node instanceof Dataset dataset)) {
            throw new IllegalArgumentException("no dataset '" + name + "'");
        }
        return dataset;
    }

    private static double[] doubles(HdfFile hdf, String name) {
        return (double[]) dataset(hdf, name).getData();
    }

    private static Object scalar(Attribute attribute) {
        if (attribute == null) {
            throw new IllegalArgumentException("an attribute is missing");
        }
        Object value = attribute.getData();
        if (value != null && value.getClass().isArray() && Array.getLength(value) == 1) {
            return Array.get(value, 0);
        }
        return value;
    }
}
