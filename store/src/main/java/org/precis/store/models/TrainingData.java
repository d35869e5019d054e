package org.precis.store.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a model was trained on: the sites with their counts and data hashes, and the recipe (tile
 * size, µm/px, encoder, ... as JSON; JSON null when not known). A model trained outside a
 * federated study may name no sites.
 */
public record TrainingData(List<TrainingSite> sites, JsonNode recipe) {
    public TrainingData {
        sites = List.copyOf(sites == null ? List.of() : sites);
        Set<String> seen = new HashSet<>();
        for (TrainingSite site : sites) {
            if (!seen.add(site.site())) {
                throw new IllegalArgumentException("training data names site " + site.site() + " twice");
            }
        }
        recipe = recipe == null || recipe.isMissingNode() ? NullNode.getInstance() : recipe.deepCopy();
    }

    /** No sites and no recipe: a model whose training data were not recorded. */
    public static TrainingData unrecorded() {
        return new TrainingData(List.of(), NullNode.getInstance());
    }

    @Override
    public JsonNode recipe() {
        return recipe.deepCopy();
    }
}
