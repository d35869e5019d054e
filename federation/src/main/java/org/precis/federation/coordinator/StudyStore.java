package org.precis.federation.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.proto.StudyState;
import org.precis.federation.study.StudySpec;
import org.precis.federation.study.StudySpecs;
import org.precis.federation.wire.RoundRequestCodec;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * The coordinator's studies on disk: one JSON file a study ({@code <study>.json}), replaced whole by
 * writing a temporary file in the same folder, forcing it to disk and renaming it over the old one,
 * so a coordinator killed at any instant leaves either the old state or the new one, never half.
 */
public final class StudyStore {
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json = JsonMappers.indented();
    private final StudySpecs specs = new StudySpecs();
    private final RoundRequestCodec requests = new RoundRequestCodec();

    public StudyStore(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** Saves a new study; refused if a study of that id was ever submitted (none runs twice). */
    public synchronized void create(StudyRecord record) throws IOException {
        Path file = fileOf(record.studyId());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(
                    file.toString(), null, "study '" + record.studyId() + "' was already submitted");
        }
        write(record);
    }

    public synchronized void save(StudyRecord record) throws IOException {
        write(record);
    }

    public synchronized Optional<StudyRecord> find(String studyId) throws IOException {
        Path file = fileOf(studyId);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Every study on disk, in file-name order. */
    public synchronized List<StudyRecord> all() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        List<StudyRecord> records = new ArrayList<>();
        for (Path file : files) {
            records.add(read(file));
        }
        return records;
    }

    private Path fileOf(String studyId) {
        return folder.resolve(studyId + SUFFIX);
    }

    private void write(StudyRecord record) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.set("spec", specs.toTree(record.spec()));
        node.put("state", record.state().name());
        record.current().ifPresent(request -> node.set("current", requests.toTree(request)));
        node.put("attempt", record.attempt());
        record.sites().forEach(node.putArray("sites")::add);
        node.put("rounds_with_sites", record.roundsWithSites());
        node.put("rounds_completed", record.roundsCompleted());
        record.result().ifPresent(result -> node.set("result", result));
        record.failure().ifPresent(failure -> node.put("failure", failure));
        node.put("wall_millis", record.wallMillis());
        Path file = fileOf(record.studyId());
        byte[] bytes = json.writeValueAsBytes(node);
        // forced to disk before the rename, so a crash leaves the old state or the new one
        AtomicFile.writeFile(file, temporary -> {
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
        });
    }

    private StudyRecord read(Path file) throws IOException {
        try {
            JsonNode node = json.readTree(file.toFile());
            StudySpec spec = specs.fromTree(node.path("spec"));
            List<String> sites = new ArrayList<>();
            node.path("sites").forEach(site -> sites.add(site.asText()));
            Optional<RoundRequest> current =
                    node.has("current") ? Optional.of(requests.fromTree(node.get("current"))) : Optional.empty();
            return new StudyRecord(
                    spec,
                    StudyState.valueOf(node.path("state").asText()),
                    current,
                    node.path("attempt").asInt(),
                    sites,
                    node.path("rounds_with_sites").asInt(),
                    node.path("rounds_completed").asInt(),
                    Optional.ofNullable(node.get("result")),
                    Optional.ofNullable(node.path("failure").textValue()),
                    node.path("wall_millis").asLong());
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + ": unreadable study state: " + e.getMessage(), e);
        }
    }
}
