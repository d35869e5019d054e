package org.precis.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.precis.store.models.ModelDetails;
import org.precis.store.models.ModelEvaluation;
import org.precis.store.models.ModelStatusChange;
import org.precis.store.models.ModelVersion;
import org.precis.store.models.TrainingSite;

/**
 * What {@code precis models ... --json} prints: the registry's values with snake_case fields,
 * instants as ISO-8601 text and absent values as JSON null.
 */
final class ModelsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelsJson() {}

    static ArrayNode versions(List<ModelVersion> versions) {
        ArrayNode array = NODES.arrayNode();
        versions.forEach(version -> array.add(version(version)));
        return array;
    }

    static ObjectNode version(ModelVersion version) {
        ObjectNode node = NODES.objectNode();
        node.put("name", version.name());
        node.put("version", version.version());
        node.put("status", version.status().label());
        if (version.parentVersion().isPresent()) {
            node.put("parent_version", version.parentVersion().get());
        } else {
            node.putNull("parent_version");
        }
        node.put("task", version.task());
        node.put("intended_use", version.intendedUse());
        ObjectNode training = node.putObject("training_data");
        ArrayNode sites = training.putArray("sites");
        for (TrainingSite site : version.trainingData().sites()) {
            sites.addObject()
                    .put("site", site.site())
                    .put("count", site.count())
                    .put("data_sha256", site.dataSha256());
        }
        training.set("recipe", version.trainingData().recipe());
        node.put("study_id", version.studyId().orElse(null));
        node.put("rounds", version.rounds());
        if (version.privacy().isPresent()) {
            node.putObject("privacy")
                    .put("epsilon", version.privacy().get().epsilon())
                    .put("delta", version.privacy().get().delta());
        } else {
            node.putNull("privacy");
        }
        node.put("encoder_licence", version.encoderLicence());
        node.put("file_sha256", version.fileSha256());
        node.put("file_bytes", version.fileBytes());
        node.put("created", version.created().toString());
        node.put("created_by", version.createdBy());
        return node;
    }

    static ObjectNode details(ModelDetails details) {
        ObjectNode node = version(details.version());
        ArrayNode evaluations = node.putArray("evaluations");
        details.evaluations().forEach(evaluation -> evaluations.add(evaluation(evaluation)));
        ObjectNode latest = node.putObject("latest_evaluation_by_site");
        details.latestBySite().forEach((site, evaluation) -> latest.set(site, evaluation(evaluation)));
        ArrayNode history = node.putArray("status_history");
        details.history().forEach(change -> history.add(change(change)));
        return node;
    }

    private static ObjectNode evaluation(ModelEvaluation evaluation) {
        ObjectNode node = NODES.objectNode();
        node.put("site", evaluation.site());
        node.put("study_id", evaluation.studyId().orElse(null));
        node.set("metrics", evaluation.metrics());
        node.put("better", evaluation.better());
        node.put("evaluated", evaluation.evaluated().toString());
        node.put("recorded_by", evaluation.recordedBy());
        return node;
    }

    private static ObjectNode change(ModelStatusChange change) {
        ObjectNode node = NODES.objectNode();
        node.put("status", change.status().label());
        node.put("action", change.action().label());
        node.put("changed", change.changed().toString());
        node.put("changed_by", change.changedBy());
        node.put("reason", change.reason().orElse(null));
        return node;
    }
}
