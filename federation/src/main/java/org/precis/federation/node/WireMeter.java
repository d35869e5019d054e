package org.precis.federation.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.precis.federation.proto.SiteMessage;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * Counts the bytes a site sends, a study at a time (the serialized protobuf size of each message; the
 * connection's own messages under {@code ""}), and can write the counts to a JSON file.
 */
public final class WireMeter implements SentMessages {
    private final Map<String, Long> bytesByStudy = new TreeMap<>();
    private final Map<String, Long> messagesByStudy = new TreeMap<>();
    private final Map<String, Long> roundsClosedByStudy = new TreeMap<>();

    @Override
    public synchronized void sent(SiteMessage message) {
        String study = switch (message.getBodyCase()) {
            case STEP -> message.getStep().getKey().getStudyId();
            case REFUSAL -> message.getRefusal().getKey().getStudyId();
            default -> "";
        };
        bytesByStudy.merge(study, (long) message.getSerializedSize(), Long::sum);
        messagesByStudy.merge(study, 1L, Long::sum);
    }

    /** A round attempt of the study closed: everything this site sent for it has been counted. */
    public synchronized void roundClosed(String studyId) {
        roundsClosedByStudy.merge(studyId, 1L, Long::sum);
    }

    public synchronized long bytes(String studyId) {
        return bytesByStudy.getOrDefault(studyId, 0L);
    }

    public synchronized long messages(String studyId) {
        return messagesByStudy.getOrDefault(studyId, 0L);
    }

    /**
     * Writes {@code {"study": {"bytes": n, "messages": m, "rounds_closed": r}, ...}} atomically
     * (temporary file, rename).
     */
    public void write(Path file) throws IOException {
        ObjectMapper json = JsonMappers.indented();
        ObjectNode root = json.createObjectNode();
        synchronized (this) {
            bytesByStudy.forEach((study, bytes) -> root.putObject(study)
                    .put("bytes", bytes)
                    .put("messages", messagesByStudy.get(study))
                    .put("rounds_closed", roundsClosedByStudy.getOrDefault(study, 0L)));
        }
        byte[] bytes = json.writeValueAsBytes(root);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
