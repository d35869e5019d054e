package org.precis.casework;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one analysis of a case found.
 *
 * @param kind what was run ({@code ki67}, {@code qc}, {@code npi}, {@code heatmap}, {@code risk})
 * @param slideId the slide it ran on; empty for one on clinical data only
 * @param findings what a pathologist reviews
 * @param overlays what the viewer draws
 * @param provenance software version, inputs' SHA-256, model identity and parameters, as JSON-ready
 *     values
 */
public record CaseAnalysis(
        String kind,
        Optional<String> slideId,
        List<Finding> findings,
        List<Overlay> overlays,
        Map<String, Object> provenance) {

    public CaseAnalysis {
        findings = List.copyOf(findings);
        overlays = List.copyOf(overlays);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        Set<String> keys = new HashSet<>();
        for (Finding finding : findings) {
            if (!keys.add(finding.key())) {
                throw new IllegalArgumentException(kind + ": finding " + finding.key() + " given twice");
            }
        }
    }
}
