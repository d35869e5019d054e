package org.precis.casework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A case analysis in the JSON the store keeps: the result is an object with one field per
 * finding ({@code {"ki67_index": {"label": ..., "value": 22.1, "unit": "%", "interval": [..],
 * "interval_level": 0.95, "interval_method": ...}}}), the provenance the analysis's map as is.
 */
public final class CaseAnalysisJson {
    private final ObjectMapper json;

    public CaseAnalysisJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode result(CaseAnalysis analysis) {
        ObjectNode result = json.createObjectNode();
        for (Finding finding : analysis.findings()) {
            ObjectNode node = result.putObject(finding.key());
            node.put("label", finding.label());
            if (finding.value() instanceof Double number) {
                node.put("value", number);
            } else {
                node.put("value", (String) finding.value());
            }
            finding.unit().ifPresent(unit -> node.put("unit", unit));
            finding.interval().ifPresent(interval -> {
                node.putArray("interval").add(interval.lower()).add(interval.upper());
                node.put("interval_level", interval.level());
            });
            finding.intervalMethod().ifPresent(method -> node.put("interval_method", method));
        }
        return result;
    }

    public ObjectNode provenance(CaseAnalysis analysis) {
        return json.valueToTree(analysis.provenance());
    }
}
