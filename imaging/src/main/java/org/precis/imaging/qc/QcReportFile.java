package org.precis.imaging.qc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.precis.imaging.provenance.SlideProvenance;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/** The quality report of one slide as JSON: {@code {"provenance": ..., "report": ...}}, snake_case. */
public final class QcReportFile {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    public String toJson(QualityReport report, SlideProvenance provenance) {
        ObjectNode root = mapper.createObjectNode();
        root.set("provenance", mapper.valueToTree(provenance));
        root.set("report", mapper.valueToTree(report));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the quality report: " + e.getMessage(), e);
        }
    }

    /** The provenance of a report file this class wrote (parameters come back as plain maps and numbers). */
    public SlideProvenance readProvenance(Path source) throws IOException {
        com.fasterxml.jackson.databind.JsonNode provenance =
                mapper.readTree(source.toFile()).get("provenance");
        if (provenance == null) {
            throw new IOException(source + ": not a quality report (no provenance)");
        }
        return mapper.treeToValue(provenance, SlideProvenance.class);
    }

    public void write(Path target, QualityReport report, SlideProvenance provenance) throws IOException {
        String json = toJson(report, provenance);
        AtomicFile.writeString(target, json);
    }
}
