package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.precis.federation.improve.ImprovementReport;
import org.precis.store.models.ModelVersion;

/**
 * The continuous-improvement demo's outcome: each {@code federation improve} (the version it made,
 * its parent, each site's verdict, whether it was promoted) and the registry's versions at the end.
 *
 * @param model the registry's model name
 * @param registry the registry store's data folder
 * @param improvements the first version's improvement, then the second's
 * @param versions the model's versions as the registry holds them at the end
 * @param drift the drift study's result: each site's patches against the production model
 */
public record ImprovementDemoReport(
        String model,
        Path registry,
        List<ImprovementReport> improvements,
        List<ModelVersion> versions,
        JsonNode drift) {

    public ImprovementDemoReport {
        improvements = List.copyOf(improvements);
        versions = List.copyOf(versions);
    }

    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("model", model);
        root.put("registry", registry.toString());
        for (ImprovementReport report : improvements) {
            ObjectNode node = root.withArray("improvements").addObject();
            node.put("version", report.candidate().version());
            report.baseline().ifPresent(b -> node.put("baseline_version", b.version()));
            node.put("study", report.candidate().studyId().orElse(null));
            node.put("rounds", report.candidate().rounds());
            node.put("n_train", report.training().path("n_train").asLong());
            node.put("promoted", report.promoted());
            node.put("status", report.candidate().status().name().toLowerCase(java.util.Locale.ROOT));
            node.put("reason", report.decision().reason());
            ObjectNode sites = node.putObject("sites");
            report.evaluation().get("sites").fields().forEachRemaining(e -> sites.set(e.getKey(), e.getValue()));
        }
        root.set("drift", drift);
        for (ModelVersion version : versions) {
            root.withArray("versions")
                    .addObject()
                    .put("version", version.version())
                    .put("status", version.status().name().toLowerCase(java.util.Locale.ROOT))
                    .put("file_sha256", version.fileSha256());
        }
        return root;
    }
}
