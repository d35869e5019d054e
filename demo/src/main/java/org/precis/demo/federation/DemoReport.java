package org.precis.demo.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;

/** The federation demo's studies, in the order they ran, and the whole demo's wall time. */
public record DemoReport(List<StudyReport> studies, long wallMillis) {
    public DemoReport {
        studies = List.copyOf(studies);
    }

    /**
     * {@code {"studies":[{"name", "algorithm", "sites", "rounds", "wall_ms", "pooled_ms", "federated", "pooled",
     * "max_rel_diff", "max_rel_diff_at", "bytes_sent": {site: n}, "messages_sent": {site: n}}], "wall_ms"}}.
     */
    public JsonNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        for (StudyReport study : studies) {
            ObjectNode node = root.withArray("studies").addObject();
            node.put("name", study.name());
            node.put("algorithm", study.algorithm());
            study.sites().forEach(node.putArray("sites")::add);
            node.put("rounds", study.rounds());
            node.put("wall_ms", study.wallMillis());
            node.put("pooled_ms", study.pooledMillis());
            node.set("federated", study.federated());
            node.set("pooled", study.pooled());
            node.put("max_rel_diff", study.maxRelativeDifference());
            node.put("max_rel_diff_at", study.largestDifferenceAt());
            ObjectNode bytes = node.putObject("bytes_sent");
            new TreeMap<>(study.bytesSent()).forEach(bytes::put);
            ObjectNode messages = node.putObject("messages_sent");
            new TreeMap<>(study.messagesSent()).forEach(messages::put);
        }
        root.put("wall_ms", wallMillis);
        return root;
    }
}
