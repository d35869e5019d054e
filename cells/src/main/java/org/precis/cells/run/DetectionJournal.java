package org.precis.cells.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.Classification;
import org.precis.cells.output.NucleusMeasurement;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.io.json.JsonMappers;

/**
 * The checkpoint of a run, beside its output: a header line naming the run's settings (its
 * provenance as JSON), then one record a finished tile (its index and the nuclei it kept, level-0
 * pixels), appended as tiles finish. Each record is framed by its length and a CRC-32, so a record
 * cut short by a crash is recognised and dropped when the run is resumed. A journal of other
 * settings (another slide, detector, region, resolution or tiling) is refused, not mixed in.
 * Only the tiles' positions in the file are held in memory; the nuclei are read back tile by tile
 * when the output is written.
 */
final class DetectionJournal implements AutoCloseable {

    private static final String MAGIC = "PRECIS-CELLS-CHECKPOINT 1 ";
    private static final int MAX_HEADER_BYTES = 1 << 20;
    private static final int MAX_RECORD_BYTES = 1 << 28;

    private final Path file;
    private final FileChannel channel;
    private final Map<Integer, long[]> records = new TreeMap<>();
    private long nuclei;

    private DetectionJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The checkpoint beside {@code output}. */
    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint");
    }

    /**
     * Opens the journal at {@code file}, continuing it when it was started with the same
     * {@code settings}, creating it when there is none.
     *
     * @throws DetectionInputException when it records a run of other settings, or is not a journal
     */
    static DetectionJournal open(Path file, JsonNode settings) throws IOException, DetectionInputException {
        ObjectMapper mapper = JsonMappers.compact();
        if (!Files.exists(file)) {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
            byte[] header = (MAGIC + mapper.writeValueAsString(settings) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(header));
            return new DetectionJournal(file, channel);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            DetectionJournal journal = new DetectionJournal(file, channel);
            long position = journal.checkHeader(mapper, settings);
            journal.scan(position);
            return journal;
        } catch (IOException | DetectionInputException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private long checkHeader(ObjectMapper mapper, JsonNode settings) throws IOException, DetectionInputException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_HEADER_BYTES, channel.size()));
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (!text.startsWith(MAGIC) || end < 0) {
            throw new DetectionInputException(
                    file, "exists but is not a cell detection checkpoint; move it away to start the run");
        }
        JsonNode recorded;
        try {
            recorded = mapper.readTree(text.substring(MAGIC.length(), end));
        } catch (JsonProcessingException e) {
            throw new DetectionInputException(file, "a damaged checkpoint header; delete it to start again");
        }
        if (!recorded.equals(settings)) {
            List<String> differing = new ArrayList<>();
            for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!settings.get(name).equals(recorded.get(name))) {
                    differing.add(name);
                }
            }
            throw new DetectionInputException(
                    file,
                    "a checkpoint of a run with other settings (" + String.join(", ", differing)
                            + " differ), so it cannot be resumed: rerun with the same settings, or delete it to"
                            + " start again");
        }
        return text.substring(0, end + 1).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Indexes the whole records from {@code position} on and cuts off a torn last one. */
    private void scan(long position) throws IOException {
        long size = channel.size();
        ByteBuffer frame = ByteBuffer.allocate(4);
        while (position + 4 <= size) {
            frame.clear();
            channel.read(frame, position);
            int length = frame.getInt(0);
            if (length < 8 || length > MAX_RECORD_BYTES || position + 4 + length + 8 > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length + 8);
            channel.read(payload, position + 4);
            CRC32 crc = new CRC32();
            crc.update(payload.array(), 0, length);
            if (crc.getValue() != payload.getLong(length)) {
                break;
            }
            int tile = payload.getInt(0);
            int count = payload.getInt(4);
            records.put(tile, new long[] {position + 4, length});
            nuclei += count;
            position += 4 + length + 8;
        }
        channel.truncate(position);
        channel.position(position);
    }

    /** Whether tile {@code index} is recorded. */
    boolean finished(int index) {
        return records.containsKey(index);
    }

    int finishedTiles() {
        return records.size();
    }

    /** Nuclei kept by the recorded tiles. */
    long nuclei() {
        return nuclei;
    }

    /** Records tile {@code index} with the cells it kept. */
    void append(int index, List<Cell> kept) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(index);
        out.writeInt(kept.size());
        for (Cell cell : kept) {
            Nucleus nucleus = cell.nucleus();
            out.writeDouble(nucleus.centroidX());
            out.writeDouble(nucleus.centroidY());
            for (double value : NucleusMeasurement.valuesOf(nucleus.measurements())) {
                out.writeDouble(value);
            }
            List<Ring> rings = nucleus.outline().rings();
            out.writeInt(rings.size());
            for (Ring ring : rings) {
                out.writeInt(ring.vertices().size());
                for (Vertex v : ring.vertices()) {
                    out.writeDouble(v.x());
                    out.writeDouble(v.y());
                }
            }
            out.writeBoolean(cell.classification().isPresent());
            if (cell.classification().isPresent()) {
                out.writeUTF(cell.classification().get().name());
                out.writeInt(cell.classification().get().rgb());
                out.writeDouble(cell.probability().orElse(Double.NaN));
            }
        }
        byte[] payload = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(4 + payload.length + 8);
        frame.putInt(payload.length).put(payload).putLong(crc.getValue()).flip();
        long start = channel.position();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
        records.put(index, new long[] {start + 4, payload.length});
        nuclei += kept.size();
    }

    /** The recorded cells, tile after tile in index order. */
    CellSource cells() {
        return sink -> {
            for (long[] record : records.values()) {
                for (Cell cell : read(record)) {
                    sink.accept(cell);
                }
            }
        };
    }

    private List<Cell> read(long[] record) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) record[1]);
        channel.read(buffer, record[0]);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(buffer.array()));
        try {
            in.readInt();
            int count = in.readInt();
            List<Cell> nuclei = new ArrayList<>(count);
            double[] values = new double[NucleusMeasurement.values().length];
            for (int i = 0; i < count; i++) {
                double x = in.readDouble();
                double y = in.readDouble();
                for (int m = 0; m < values.length; m++) {
                    values[m] = in.readDouble();
                }
                int ringCount = in.readInt();
                List<Ring> rings = new ArrayList<>(ringCount);
                for (int r = 0; r < ringCount; r++) {
                    int vertexCount = in.readInt();
                    List<Vertex> vertices = new ArrayList<>(vertexCount);
                    for (int v = 0; v < vertexCount; v++) {
                        vertices.add(new Vertex(in.readDouble(), in.readDouble()));
                    }
                    rings.add(new Ring(vertices));
                }
                Nucleus nucleus = new Nucleus(
                        new Polygon(rings.get(0), rings.subList(1, rings.size())),
                        x,
                        y,
                        NucleusMeasurement.fromValues(values));
                if (in.readBoolean()) {
                    Classification classification = new Classification(in.readUTF(), in.readInt());
                    double p = in.readDouble();
                    nuclei.add(new Cell(
                            nucleus,
                            Optional.of(classification),
                            Double.isNaN(p) ? OptionalDouble.empty() : OptionalDouble.of(p)));
                } else {
                    nuclei.add(Cell.unclassified(nucleus));
                }
            }
            return nuclei;
        } catch (EOFException e) {
            throw new IOException(file + ": a checkpoint record is shorter than it says", e);
        }
    }

    /** Closes and deletes the journal: the output it fed is complete. */
    void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
