package org.precis.demo.cells;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.precis.cells.nuclei.CellClass;

/**
 * The federated cell-head demo's outcome.
 *
 * @param study the study's id
 * @param features the cell feature recipe's label
 * @param siteCells each site's annotated cells
 * @param heldOutCells the held-out fields' annotated cells
 * @param rounds rounds the coordinator ran (statistics rounds included)
 * @param wallMillis the coordinator's wall time
 * @param roundsTrained training rounds
 * @param model the federated cell classifier's file
 * @param pooledModel the pooled cell classifier's file
 * @param federated the federated classifier's calls on the held-out cells
 * @param pooled the pooled classifier's calls on them
 */
public record FederatedCellReport(
        String study,
        String features,
        Map<String, Integer> siteCells,
        int heldOutCells,
        int rounds,
        long wallMillis,
        int roundsTrained,
        Path model,
        Path pooledModel,
        CellRecall federated,
        CellRecall pooled) {

    public FederatedCellReport {
        siteCells = Map.copyOf(siteCells);
    }

    public JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("name", study);
        root.put("features", features);
        ObjectNode sites = root.putObject("site_cells");
        new java.util.TreeMap<>(siteCells).forEach(sites::put);
        root.put("held_out_cells", heldOutCells);
        root.put("rounds", rounds);
        root.put("wall_ms", wallMillis);
        root.put("rounds_trained", roundsTrained);
        root.put("model", model.toString());
        root.put("pooled_model", pooledModel.toString());
        root.set("federated", scores(federated));
        root.set("pooled", scores(pooled));
        return root;
    }

    private static ObjectNode scores(CellRecall recall) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("accuracy", recall.accuracy());
        node.put("balanced_accuracy", recall.balancedAccuracy());
        ObjectNode classes = node.putObject("recall");
        for (CellClass c : CellClass.values()) {
            classes.putObject(c.displayName())
                    .put("right", recall.right()[c.ordinal()])
                    .put("cells", recall.total()[c.ordinal()]);
        }
        return node;
    }
}
